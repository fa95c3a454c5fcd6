using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime.Documents;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>Passkeys of the signed-in user: registration (WebAuthn JSON as documents), listing and deleting.</summary>
public static partial class OperationCases
{
    private static IEnumerable<OperationCase> WebAuthnCases()
    {
        yield return OperationCase.Create("StartWebAuthnRegistration", false,
            new StartWebAuthnRegistrationRequest { AccessToken = "at" },
            (c, r, ct) => c.StartWebAuthnRegistrationAsync(r, ct),
            """{"AccessToken":"at"}""",
            """
            {"CredentialCreationOptions":{"challenge":"Y2hhbGxlbmdl","rp":{"id":"auth.example.com","name":"scenario"},
              "user":{"id":"dXNlcg","name":"alice","displayName":"alice"},
              "pubKeyCredParams":[{"type":"public-key","alg":-7},{"type":"public-key","alg":-257}],"timeout":180000}}
            """,
            r =>
            {
                var options = r.CredentialCreationOptions.AsDictionary();
                Assert.Equal("Y2hhbGxlbmdl", options["challenge"].AsString());
                Assert.Equal("auth.example.com", options["rp"].AsDictionary()["id"].AsString());
                Assert.Equal([-7, -257], options["pubKeyCredParams"].AsList().Select(p => p.AsDictionary()["alg"].AsInt()));
                Assert.Equal(180000, options["timeout"].AsInt());
            });

        yield return OperationCase.Create("CompleteWebAuthnRegistration", false,
            new CompleteWebAuthnRegistrationRequest
            {
                AccessToken = "at",
                Credential = new Document(new Dictionary<string, Document>
                {
                    ["id"] = new("Y3JlZC0x"),
                    ["rawId"] = new("Y3JlZC0x"),
                    ["type"] = new("public-key"),
                    ["response"] = new(new Dictionary<string, Document>
                    {
                        ["clientDataJSON"] = new("eyJ0eXBlIjoid2ViYXV0aG4uY3JlYXRlIn0"),
                        ["attestationObject"] = new("o2NmbXRkbm9uZQ"),
                        ["transports"] = new(new Document("internal"), new Document("hybrid")),
                    }),
                    ["clientExtensionResults"] = new(new Dictionary<string, Document>()),
                }),
            },
            (c, r, ct) => c.CompleteWebAuthnRegistrationAsync(r, ct),
            """
            {"AccessToken":"at","Credential":{"id":"Y3JlZC0x","rawId":"Y3JlZC0x","type":"public-key",
              "response":{"clientDataJSON":"eyJ0eXBlIjoid2ViYXV0aG4uY3JlYXRlIn0","attestationObject":"o2NmbXRkbm9uZQ","transports":["internal","hybrid"]},
              "clientExtensionResults":{}}}
            """,
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("ListWebAuthnCredentials", false,
            new ListWebAuthnCredentialsRequest { AccessToken = "at", MaxResults = 2, NextToken = "wc-page-1" },
            (c, r, ct) => c.ListWebAuthnCredentialsAsync(r, ct),
            """{"AccessToken":"at","MaxResults":2,"NextToken":"wc-page-1"}""",
            """
            {"Credentials":[{"CredentialId":"Y3JlZC0x","FriendlyCredentialName":"Laptop passkey","RelyingPartyId":"auth.example.com",
                             "AuthenticatorAttachment":"platform","AuthenticatorTransports":["internal","hybrid"],"CreatedAt":1700000000}],
             "NextToken":"wc-page-2"}
            """,
            r =>
            {
                var credential = Assert.Single(r.Credentials);
                Assert.Equal("Y3JlZC0x", credential.CredentialId);
                Assert.Equal("Laptop passkey", credential.FriendlyCredentialName);
                Assert.Equal("auth.example.com", credential.RelyingPartyId);
                Assert.Equal("platform", credential.AuthenticatorAttachment);
                Assert.Equal(["internal", "hybrid"], credential.AuthenticatorTransports);
                Assert.Equal(Epoch1700000000, credential.CreatedAt);
                Assert.Equal("wc-page-2", r.NextToken);
            });

        yield return OperationCase.Create("DeleteWebAuthnCredential", false,
            new DeleteWebAuthnCredentialRequest { AccessToken = "at", CredentialId = "Y3JlZC0x" },
            (c, r, ct) => c.DeleteWebAuthnCredentialAsync(r, ct),
            """{"AccessToken":"at","CredentialId":"Y3JlZC0x"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));
    }
}
