using System.Security.Cryptography;
using Conformance.Tests.Infrastructure;
using static Conformance.Tests.Infrastructure.CognitoResponseAssertions;

namespace Conformance.Tests;

/// <summary>Sign-in errors as the AWS CLI reports them: credentials, auth flows, app client settings, sessions.</summary>
public sealed class AwsCliSignInErrorTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    private const string IncorrectCredentials = "Incorrect username or password.";

    [Fact]
    public async Task A_wrong_password_is_NotAuthorizedException_for_admin_and_client_sign_in()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-wrongpw");
        await cognito.Users.CreateConfirmedAsync(user);
        var wrongPassword = user.Password + "x";

        (await aws.AdminInitiateAuthAsync(cognito.UserPoolId, cognito.ClientId, user, password: wrongPassword))
            .ShouldFailWith("NotAuthorizedException", IncorrectCredentials);
        (await aws.InitiateAuthAsync(cognito.ClientId, user, password: wrongPassword))
            .ShouldFailWith("NotAuthorizedException", IncorrectCredentials);
    }

    [Fact]
    public async Task An_unknown_user_is_NotAuthorizedException_because_the_client_prevents_user_existence_errors()
    {
        using var aws = cognito.NewAwsCli();
        var stranger = TestUser.CreateUnique("cli-nobody");

        (await aws.InitiateAuthAsync(cognito.ClientId, stranger))
            .ShouldFailWith("NotAuthorizedException", IncorrectCredentials);
    }

    [Fact]
    public async Task Sign_in_is_case_insensitive_and_the_challenge_names_the_stored_username()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-case-signin");
        await cognito.Users.CreateConfirmedAsync(user);

        var challenge = (await aws.InitiateAuthAsync(cognito.ClientId, user with { Username = user.Username.ToUpperInvariant() })).ShouldSucceed();

        AssertChallenge(challenge, "MFA_SETUP");
        Assert.Equal(user.Username, challenge["ChallengeParameters"]?["USER_ID_FOR_SRP"]?.GetValue<string>());
    }

    [Fact]
    public async Task An_unconfirmed_user_is_UserNotConfirmedException()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-unconf");
        await cognito.Users.CreateUnconfirmedAsync(user);

        (await aws.AdminInitiateAuthAsync(cognito.UserPoolId, cognito.ClientId, user))
            .ShouldFailWith("UserNotConfirmedException", "User is not confirmed.");
    }

    [Fact]
    public async Task A_client_flow_on_the_admin_call_and_the_admin_flow_on_the_client_call_are_not_supported()
    {
        // aws-doc-sdk-examples #5289: the example passed the wrong flow to AdminInitiateAuth.
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-pairing");
        await cognito.Users.CreateConfirmedAsync(user);

        (await aws.AdminInitiateAuthAsync(cognito.UserPoolId, cognito.ClientId, user, authFlow: "USER_PASSWORD_AUTH"))
            .ShouldFailWith("InvalidParameterException", "Initiate Auth method not supported.");
        (await aws.InitiateAuthAsync(cognito.ClientId, user, authFlow: "ADMIN_USER_PASSWORD_AUTH"))
            .ShouldFailWith("InvalidParameterException", "Initiate Auth method not supported.");
    }

    [Fact]
    public async Task Flows_missing_from_the_clients_explicit_auth_flows_are_InvalidParameterException()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-flows");
        await cognito.Users.CreateConfirmedAsync(user);
        var srpOnlyClient = await CreateClientAsync(aws, "srp-only", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");
        var passwordOnlyClient = await CreateClientAsync(aws, "password-only", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");

        (await aws.InitiateAuthAsync(srpOnlyClient, user, authFlow: "USER_PASSWORD_AUTH"))
            .ShouldFailWith("InvalidParameterException", "USER_PASSWORD_AUTH flow not enabled for this client");
        (await aws.AdminInitiateAuthAsync(cognito.UserPoolId, srpOnlyClient, user))
            .ShouldFailWith("InvalidParameterException", "Auth flow not enabled for this client");

        var srpStart = CliArguments.JsonMap(("USERNAME", user.Username), ("SRP_A", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(384))));
        (await aws.CognitoAsync("initiate-auth",
                "--client-id", passwordOnlyClient,
                "--auth-flow", "USER_SRP_AUTH",
                "--auth-parameters", srpStart))
            .ShouldFailWith("InvalidParameterException", "USER_SRP_AUTH is not enabled for the client.");
    }

    [Fact]
    public async Task A_session_answered_once_cannot_be_answered_again()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-session");
        var authenticator = (await cognito.Users.CreateEnrolledAsync(user)).Authenticator;

        var session = AssertChallenge((await aws.AdminInitiateAuthAsync(cognito.UserPoolId, cognito.ClientId, user)).ShouldSucceed(), "SOFTWARE_TOKEN_MFA");
        var code = await authenticator.NextCodeAsync();
        AssertTokens((await AnswerTotpAsync(aws, user, session, code)).ShouldSucceed());

        // The session is checked before the code: a replayed session fails on the session itself.
        (await AnswerTotpAsync(aws, user, session, code))
            .ShouldFailWith("NotAuthorizedException", "Invalid session for the user, session can only be used once.");
    }

    [Fact]
    public async Task A_malformed_session_is_NotAuthorizedException()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-badsession");
        var authenticator = (await cognito.Users.CreateEnrolledAsync(user)).Authenticator;
        var madeUp = Convert.ToBase64String(RandomNumberGenerator.GetBytes(300));

        (await AnswerTotpAsync(aws, user, madeUp, await authenticator.NextCodeAsync()))
            .ShouldFailWith("NotAuthorizedException", "Invalid session for the user.");
    }

    private Task<AwsCliResult> AnswerTotpAsync(AwsCli aws, TestUser user, string session, string code) =>
        aws.AdminRespondToAuthChallengeAsync(cognito.UserPoolId, cognito.ClientId, "SOFTWARE_TOKEN_MFA", session,
            ("USERNAME", user.Username), ("SOFTWARE_TOKEN_MFA_CODE", code));

    private async Task<string> CreateClientAsync(AwsCli aws, string purpose, params string[] explicitAuthFlows)
    {
        var created = (await aws.CognitoAsync("create-user-pool-client",
        [
            "--user-pool-id", cognito.UserPoolId,
            "--client-name", $"conformance-{purpose}",
            "--explicit-auth-flows", .. explicitAuthFlows,
        ])).ShouldSucceed();
        var clientId = created["UserPoolClient"]?["ClientId"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(clientId), $"create-user-pool-client returned no ClientId: {created}");
        return clientId!;
    }
}
