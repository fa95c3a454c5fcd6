using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>
/// boto3 drives a pool with UsernameAttributes [email] (generated user names, the email as the sign-in name, which
/// moves once a new email is verified) and a pool with aliases (a verified email and preferred_username sign in;
/// an alias belongs to one user, ForceAliasCreation moves it).
/// </summary>
public sealed class Boto3SignInNameTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task Boto3_signs_in_by_email_as_user_name_and_by_alias()
    {
        var user = TestUser.CreateUnique("boto3-names");
        var seen = await Boto3Script.RunAsync("sign_in_names.py", new JsonObject
        {
            ["endpoint"] = cognito.Endpoint.ToString(),
            ["region"] = cognito.Region,
            ["accessKeyId"] = cognito.Credentials.AccessKeyId,
            ["secretAccessKey"] = cognito.Credentials.SecretAccessKey,
            ["suffix"] = user.Username.Replace("_", "-", StringComparison.Ordinal).ToLowerInvariant(),
            ["password"] = user.Password,
        });
        var report = SecretRedaction.Redact(seen.ToJsonString());

        AssertError(seen["notEmail"], "InvalidParameterException", "Username should be an email.", report);
        Assert.True(seen["generated"]?["isSub"]?.GetValue<bool>() == true && seen["generated"]?["length"]?.GetValue<int>() == 36, report);
        Assert.True(seen["tokens"]?["cognitoUsernameIsSub"]?.GetValue<bool>() == true && seen["tokens"]?["accessUsernameIsSub"]?.GetValue<bool>() == true
                    && seen["tokens"]?["emailClaim"]?.GetValue<bool>() == true, report);
        AssertError(seen["duplicate"], "UsernameExistsException", "An account with the given email already exists.", report);
        Assert.True(seen["beforeVerify"]?["old"]?["username"] is not null, $"The old email signs in until the new one is verified: {report}");
        AssertError(seen["beforeVerify"]?["new"], "UserNotFoundException", "User does not exist.", report);
        Assert.True(seen["afterVerify"]?["new"]?["username"] is not null, $"The verified new email signs in: {report}");
        AssertError(seen["afterVerify"]?["old"], "UserNotFoundException", "User does not exist.", report);
        Assert.True(seen["forgotPassword"]?.GetValue<string>() == "EMAIL", report);
        Assert.True(seen["unknownUserAuth"]?["challenge"]?.GetValue<string>() is "PASSWORD" or "PASSWORD_SRP"
                    && seen["unknownUserAuth"]?["hasSession"]?.GetValue<bool>() == true, report);

        AssertError(seen["emailFormatName"], "InvalidParameterException",
            "Username cannot be of email format, since user pool is configured for email alias.", report);
        Assert.StartsWith("ann-", seen["byEmail"]?["username"]?.GetValue<string>() ?? "", StringComparison.Ordinal);
        AssertError(seen["confirmTaken"], "AliasExistsException", "An account with the given email already exists.", report);
        Assert.StartsWith("bob-", seen["afterForce"]?["username"]?.GetValue<string>() ?? "", StringComparison.Ordinal);
        Assert.True(seen["formerHolderVerified"]?.GetValue<string>() == "false", report);
        Assert.StartsWith("ann-", seen["byPreferredUsername"]?["username"]?.GetValue<string>() ?? "", StringComparison.Ordinal);
        AssertError(seen["bothKinds"], "InvalidParameterException", "Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.", report);
    }

    private static void AssertError(JsonNode? error, string code, string message, string report) =>
        Assert.True(error?["code"]?.GetValue<string>() == code && error?["message"]?.GetValue<string>() == message,
            $"Expected {code} \"{message}\", got {error?.ToJsonString()}: {report}");
}
