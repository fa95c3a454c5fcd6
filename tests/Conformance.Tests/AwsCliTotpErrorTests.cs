using Conformance.Tests.Infrastructure;
using static Conformance.Tests.Infrastructure.CognitoResponseAssertions;

namespace Conformance.Tests;

/// <summary>TOTP mistakes as the AWS CLI reports them: wrong codes, reused codes, failed enrolment.</summary>
public sealed class AwsCliTotpErrorTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    private const string AlreadyUsed = "Your software token has already been used once.";

    [Fact]
    public async Task The_code_used_to_verify_the_software_token_cannot_sign_in()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-reuse-verify");
        var authenticator = (await cognito.Users.CreateEnrolledAsync(user)).Authenticator;

        var session = await StartSignInAsync(aws, user);
        (await AnswerAsync(aws, user, session, authenticator.LastCode!))
            .ShouldFailWith("ExpiredCodeException", AlreadyUsed);
    }

    [Fact]
    public async Task A_code_that_completed_a_sign_in_cannot_complete_the_next_one()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-reuse-signin");
        var authenticator = (await cognito.Users.CreateEnrolledAsync(user)).Authenticator;

        var code = await authenticator.NextCodeAsync();
        AssertTokens((await AnswerAsync(aws, user, await StartSignInAsync(aws, user), code)).ShouldSucceed());

        (await AnswerAsync(aws, user, await StartSignInAsync(aws, user), code))
            .ShouldFailWith("ExpiredCodeException", AlreadyUsed);
    }

    [Fact]
    public async Task A_wrong_code_is_CodeMismatchException()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-wrongtotp");
        var authenticator = (await cognito.Users.CreateEnrolledAsync(user)).Authenticator;

        var session = await StartSignInAsync(aws, user);
        (await AnswerAsync(aws, user, session, await authenticator.WrongCodeAsync()))
            .ShouldFailWith("CodeMismatchException", "Invalid code received for user");
    }

    [Fact]
    public async Task A_code_three_steps_ahead_is_outside_the_one_step_tolerance()
    {
        // Three steps, not two: the request may arrive one step later than the code was computed.
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-earlytotp");
        var authenticator = (await cognito.Users.CreateEnrolledAsync(user)).Authenticator;

        var session = await StartSignInAsync(aws, user);
        (await AnswerAsync(aws, user, session, await authenticator.CodeStepsAheadAsync(3)))
            .ShouldFailWith("CodeMismatchException", "Invalid code received for user");
    }

    [Fact]
    public async Task A_wrong_code_while_verifying_the_software_token_is_EnableSoftwareTokenMFAException()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-wrongenrol");
        await cognito.Users.CreateConfirmedAsync(user);

        var setupSession = AssertChallenge((await aws.AdminInitiateAuthAsync(cognito.UserPoolId, cognito.ClientId, user)).ShouldSucceed(), "MFA_SETUP");
        var association = (await aws.CognitoAsync("associate-software-token", "--session", setupSession)).ShouldSucceed();
        var authenticator = new TotpAuthenticator(association["SecretCode"]?.GetValue<string>() ?? "");

        (await aws.CognitoAsync("verify-software-token",
                "--session", association["Session"]?.GetValue<string>() ?? "",
                "--user-code", await authenticator.WrongCodeAsync()))
            .ShouldFailWith("EnableSoftwareTokenMFAException", "Code mismatch and fail enable Software Token MFA");
    }

    [Fact]
    public async Task A_user_code_that_is_not_six_digits_is_InvalidParameterException()
    {
        // Model validation (SoftwareTokenMFAUserCodeType: 6 characters, [0-9]+) comes before the session is read.
        using var aws = cognito.NewAwsCli();

        (await aws.CognitoAsync("verify-software-token",
                "--session", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64)),
                "--user-code", "12ab56"))
            .ShouldFailWithCode("InvalidParameterException");
    }

    private async Task<string> StartSignInAsync(AwsCli aws, TestUser user) =>
        AssertChallenge((await aws.AdminInitiateAuthAsync(cognito.UserPoolId, cognito.ClientId, user)).ShouldSucceed(), "SOFTWARE_TOKEN_MFA");

    private Task<AwsCliResult> AnswerAsync(AwsCli aws, TestUser user, string session, string code) =>
        aws.AdminRespondToAuthChallengeAsync(cognito.UserPoolId, cognito.ClientId, "SOFTWARE_TOKEN_MFA", session,
            ("USERNAME", user.Username), ("SOFTWARE_TOKEN_MFA_CODE", code));
}
