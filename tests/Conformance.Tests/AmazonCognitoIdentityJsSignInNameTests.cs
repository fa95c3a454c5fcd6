using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>
/// amazon-cognito-identity-js (USER_SRP_AUTH, an SRP implementation no one here wrote) signs in by email: in a pool
/// with UsernameAttributes [email], where it must take the generated user name from USER_ID_FOR_SRP to compute its
/// claim, and in a pool with an email alias, where only a verified email signs in.
/// </summary>
public sealed class AmazonCognitoIdentityJsSignInNameTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task The_library_signs_in_by_email_as_user_name_and_by_email_alias()
    {
        var user = TestUser.CreateUnique("js-names");
        var seen = await NodeScript.RunAsync("srp-sign-in-names.mjs", new JsonObject
        {
            ["endpoint"] = cognito.Endpoint.ToString(),
            ["region"] = cognito.Region,
            ["accessKeyId"] = cognito.Credentials.AccessKeyId,
            ["secretAccessKey"] = cognito.Credentials.SecretAccessKey,
            ["suffix"] = user.Username.Replace("_", "-", StringComparison.Ordinal).ToLowerInvariant(),
            ["password"] = user.Password,
        });
        var report = SecretRedaction.Redact(seen.ToJsonString());

        var emailPool = seen["emailPool"]!;
        Assert.True(emailPool["notEmailError"]?["code"]?.GetValue<string>() == "InvalidParameterException"
                    && emailPool["notEmailError"]?["message"]?.GetValue<string>() == "Username should be an email.", report);
        var sub = emailPool["userSub"]?.GetValue<string>();
        Assert.True(Guid.TryParse(sub, out _), report);
        Assert.True(emailPool["storedUsername"]?.GetValue<string>() == sub, $"The generated user name is the sub: {report}");
        Assert.True(emailPool["outcome"]?.GetValue<string>() == "signedIn", report);
        Assert.True(emailPool["claims"]?["cognitoUsername"]?.GetValue<string>() == sub && emailPool["accessUsername"]?.GetValue<string>() == sub, report);
        Assert.Equal(
            ["InitiateAuth USER_SRP_AUTH -> PASSWORD_VERIFIER", "RespondToAuthChallenge PASSWORD_VERIFIER -> tokens"],
            WireCallTrace.Lines(emailPool["calls"]).Where(line => !line.StartsWith("SignUp", StringComparison.Ordinal)));

        var aliasPool = seen["aliasPool"]!;
        Assert.True(aliasPool["emailAsNameError"]?["message"]?.GetValue<string>()
                    == "Username cannot be of email format, since user pool is configured for email alias.", report);
        Assert.True(aliasPool["unverifiedOutcome"]?.GetValue<string>() == "failed"
                    && aliasPool["unverifiedError"]?["code"]?.GetValue<string>() == "UserNotFoundException", report);
        Assert.True(aliasPool["outcome"]?.GetValue<string>() == "signedIn", report);
        Assert.StartsWith("bob-js-names", aliasPool["claims"]?["cognitoUsername"]?.GetValue<string>() ?? "", StringComparison.Ordinal);
    }
}
