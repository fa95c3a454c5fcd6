using Amazon.CDK.AWS.Cognito;
using CognitoMfa.Cdk.ExpectedPool;

namespace CognitoMfa.Cdk;

/// <summary>
/// Turns the client's OAuth settings (CreateUserPoolClient's AllowedOAuthFlows, AllowedOAuthScopes, CallbackURLs,
/// LogoutURLs, SupportedIdentityProviders) into the CDK's OAuthSettings, refusing what the stack cannot deploy as written.
/// </summary>
public static class UserPoolClientOAuthMapping
{
    private const string Section = "UserPoolClient";

    /// <summary>The CDK settings, or null when the file turns OAuth off (the client then takes DisableOAuth).</summary>
    public static OAuthSettings? ToOAuthSettings(UserPoolClientRequest client)
    {
        if (!client.AllowedOAuthFlowsUserPoolClient)
        {
            // With OAuth off the CDK can deploy no flow, scope or URL: a list in the file would be dropped silently.
            var stray = new[]
            {
                (Name: "AllowedOAuthFlows", Values: client.AllowedOAuthFlows), (Name: "AllowedOAuthScopes", Values: client.AllowedOAuthScopes),
                (Name: "CallbackURLs", Values: client.CallbackURLs), (Name: "LogoutURLs", Values: client.LogoutURLs),
            }.FirstOrDefault(setting => setting.Values.Count > 0);
            return stray.Name is null
                ? null
                : throw new ExpectedPoolException(
                    $"{ExpectedPoolFile.ResourceName}: {Section}.{stray.Name} needs {Section}.AllowedOAuthFlowsUserPoolClient = true.");
        }

        return new OAuthSettings
        {
            Flows = ToFlows(client.AllowedOAuthFlows),
            Scopes = client.AllowedOAuthScopes.Select(ToScope).ToArray(),
            CallbackUrls = RequireSome("CallbackURLs", client.CallbackURLs),
            LogoutUrls = client.LogoutURLs.ToArray(),
        };
    }

    /// <summary>The identity providers the client signs in with; only the pool's own users (COGNITO) here.</summary>
    public static UserPoolClientIdentityProvider[] ToIdentityProviders(UserPoolClientRequest client) =>
        client.SupportedIdentityProviders.Select(provider => provider == "COGNITO"
            ? UserPoolClientIdentityProvider.COGNITO
            // A federated provider would need its own resource in the stack, which this stack does not create.
            : throw ExpectedPoolException.Unsupported($"{Section}.SupportedIdentityProviders", provider)).ToArray();

    private static OAuthFlows ToFlows(IReadOnlyList<string> flows)
    {
        var result = new OAuthFlows { AuthorizationCodeGrant = false, ImplicitCodeGrant = false, ClientCredentials = false };
        foreach (var flow in flows)
        {
            switch (flow)
            {
                case "code": result.AuthorizationCodeGrant = true; break;
                case "implicit": result.ImplicitCodeGrant = true; break;
                case "client_credentials": result.ClientCredentials = true; break;
                default: throw ExpectedPoolException.Unsupported($"{Section}.AllowedOAuthFlows", flow);
            }
        }
        // The CDK would otherwise enable code and implicit grants by itself.
        return flows.Count == 0
            ? throw new ExpectedPoolException($"{ExpectedPoolFile.ResourceName}: {Section}.AllowedOAuthFlows is empty while AllowedOAuthFlowsUserPoolClient is true.")
            : result;
    }

    private static OAuthScope ToScope(string scope) => scope switch
    {
        "openid" => OAuthScope.OPENID,
        "email" => OAuthScope.EMAIL,
        "profile" => OAuthScope.PROFILE,
        "phone" => OAuthScope.PHONE,
        "aws.cognito.signin.user.admin" => OAuthScope.COGNITO_ADMIN,
        // Custom scopes (resource-server/scope) need a resource server, which this stack does not create.
        _ => throw ExpectedPoolException.Unsupported($"{Section}.AllowedOAuthScopes", scope),
    };

    private static string[] RequireSome(string setting, IReadOnlyList<string> urls) =>
        urls.Count > 0
            ? urls.ToArray()
            // The CDK would fill in https://example.com, which no one can receive a code at.
            : throw new ExpectedPoolException($"{ExpectedPoolFile.ResourceName}: {Section}.{setting} is empty; the code and implicit flows need a callback URL.");
}
