using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>
/// (The AWS CLI v2 on these machines, 2.9, predates email MFA and USER_AUTH, so boto3 is the Python-side witness.)
/// Independent clients drive email MFA and choice-based sign-in: boto3 enrols email MFA through MFA_SETUP, answers
/// EMAIL_OTP (wrong, then right), chooses between two factors in SELECT_MFA_TYPE and signs in through USER_AUTH with
/// PASSWORD, PASSWORD_SRP (challenge) and EMAIL_OTP; amazon-cognito-identity-js's AuthenticationHelper, over the AWS
/// SDK for JavaScript v3, completes PASSWORD_SRP to PASSWORD_VERIFIER and on.
/// </summary>
public sealed class EmailMfaAndUserAuthConformanceTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task Boto3_enrols_email_MFA_chooses_a_factor_and_signs_in_with_each_first_factor()
    {
        var user = TestUser.CreateUnique("boto3-email");
        var seen = await Boto3Script.RunAsync("email_mfa_and_user_auth.py", new JsonObject
        {
            ["endpoint"] = cognito.Endpoint.ToString(),
            ["region"] = cognito.Region,
            ["accessKeyId"] = cognito.Credentials.AccessKeyId,
            ["secretAccessKey"] = cognito.Credentials.SecretAccessKey,
            ["suffix"] = user.Username.Replace("_", "-", StringComparison.Ordinal).ToLowerInvariant(),
            ["password"] = user.Password,
        });
        var report = SecretRedaction.Redact(seen.ToJsonString());

        Assert.True(seen["mfaConfig"]?["Message"]?.GetValue<string>() == "Your code: {####}", report);
        Assert.True(seen["setup"]?["challenge"]?.GetValue<string>() == "MFA_SETUP", report);
        Assert.Equal(["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"], Strings(seen["setup"]?["canSetUp"]));
        var setupCode = seen["setupCode"]!;
        Assert.True(setupCode["challenge"]?.GetValue<string>() == "EMAIL_OTP" && setupCode["medium"]?.GetValue<string>() == "EMAIL"
            && setupCode["kind"]?.GetValue<string>() == "MFA_CODE" && setupCode["subject"]?.GetValue<string>() == "Sign-in code"
            && setupCode["messageHasCode"]?.GetValue<bool>() == true, report);
        Assert.Matches(@"^e\*\*\*@e\*\*\*$", setupCode["destination"]?.GetValue<string>() ?? "");
        Assert.Equal(["EMAIL_OTP"], Strings(seen["afterSetup"]?["mfaList"]));
        Assert.True(seen["afterSetup"]?["preferred"]?.GetValue<string>() == "EMAIL_OTP", report);

        Assert.True(seen["wrongCode"]?["code"]?.GetValue<string>() == "CodeMismatchException", report);
        Assert.True(seen["rightCodeAfterWrong"]?.GetValue<bool>() == true, $"The challenge stays open after a wrong code: {report}");

        Assert.True(seen["select"]?["challenge"]?.GetValue<string>() == "SELECT_MFA_TYPE", report);
        Assert.Equal(["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"], Strings(seen["select"]?["canChoose"]));
        Assert.True(seen["selectEmail"]?.GetValue<string>() == "EMAIL_OTP" && seen["selectEmailSignedIn"]?.GetValue<bool>() == true, report);
        Assert.True(seen["selectApp"]?.GetValue<string>() == "SOFTWARE_TOKEN_MFA" && seen["selectAppSignedIn"]?.GetValue<bool>() == true, report);

        Assert.Equal(["PASSWORD", "PASSWORD_SRP"], Strings(seen["requiredAvailable"]));
        Assert.True(seen["requiredAfterPassword"]?.GetValue<string>() == "SELECT_MFA_TYPE", $"MFA follows a password first factor: {report}");

        Assert.True(seen["optional"]?["challenge"]?.GetValue<string>() == "SELECT_CHALLENGE", report);
        Assert.Equal(["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP"], Strings(seen["optional"]?["available"]));
        Assert.True(seen["passwordSignedIn"]?.GetValue<bool>() == true, report);
        Assert.True(seen["preferredSrp"]?.GetValue<string>() == "PASSWORD_SRP", report);
        Assert.True(seen["emailFirstFactor"]?["challenge"]?.GetValue<string>() == "EMAIL_OTP"
            && seen["emailFirstFactor"]?["kind"]?.GetValue<string>() == "SIGN_IN_CODE", report);
        Assert.Equal(["PASSWORD", "EMAIL_OTP"], Strings(seen["authFactors"]));
        Assert.True(seen["webAuthn"]?["code"]?.GetValue<string>() == "InvalidParameterException", report);
        Assert.True(seen["afterSignUpSignedIn"]?.GetValue<bool>() == true, report);
    }

    [Fact]
    public async Task Amazon_cognito_identity_js_answers_PASSWORD_SRP_in_USER_AUTH()
    {
        var user = TestUser.CreateUnique("js-user-auth");
        var seen = await NodeScript.RunAsync("user-auth-password-srp.mjs", new JsonObject
        {
            ["endpoint"] = cognito.Endpoint.ToString(),
            ["region"] = cognito.Region,
            ["accessKeyId"] = cognito.Credentials.AccessKeyId,
            ["secretAccessKey"] = cognito.Credentials.SecretAccessKey,
            ["username"] = user.Username,
            ["password"] = user.Password,
        });
        var report = SecretRedaction.Redact(seen.ToJsonString());
        Assert.True(seen["selectChallenge"]?.GetValue<string>() == "SELECT_CHALLENGE", report);
        Assert.Equal(["PASSWORD", "PASSWORD_SRP"], Strings(seen["availableChallenges"]));
        Assert.True(seen["afterSelect"]?.GetValue<string>() == "PASSWORD_VERIFIER", report);
        Assert.True(seen["hasTokens"]?.GetValue<bool>() == true, $"The library's password claim must sign in: {report}");
    }

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(item => item!.GetValue<string>()).ToList() : [];
}
