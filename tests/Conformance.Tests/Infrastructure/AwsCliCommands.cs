namespace Conformance.Tests.Infrastructure;

/// <summary>The CLI calls several test classes repeat, spelled once.</summary>
public static class AwsCliCommands
{
    public static Task<AwsCliResult> AdminInitiateAuthAsync(this AwsCli aws, string poolId, string clientId, TestUser user,
        string authFlow = "ADMIN_USER_PASSWORD_AUTH", string? password = null) =>
        aws.CognitoAsync("admin-initiate-auth",
            "--user-pool-id", poolId,
            "--client-id", clientId,
            "--auth-flow", authFlow,
            "--auth-parameters", CliArguments.JsonMap(("USERNAME", user.Username), ("PASSWORD", password ?? user.Password)));

    public static Task<AwsCliResult> InitiateAuthAsync(this AwsCli aws, string clientId, TestUser user,
        string authFlow = "USER_PASSWORD_AUTH", string? password = null) =>
        aws.CognitoAsync("initiate-auth",
            "--client-id", clientId,
            "--auth-flow", authFlow,
            "--auth-parameters", CliArguments.JsonMap(("USERNAME", user.Username), ("PASSWORD", password ?? user.Password)));

    public static Task<AwsCliResult> AdminRespondToAuthChallengeAsync(this AwsCli aws, string poolId, string clientId,
        string challengeName, string session, params (string Key, string Value)[] responses) =>
        aws.CognitoAsync("admin-respond-to-auth-challenge",
            "--user-pool-id", poolId,
            "--client-id", clientId,
            "--challenge-name", challengeName,
            "--challenge-responses", CliArguments.JsonMap(responses),
            "--session", session);
}
