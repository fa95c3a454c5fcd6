using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;
using static Conformance.Tests.Infrastructure.CognitoResponseAssertions;

namespace Conformance.Tests;

/// <summary>The scenario's whole MFA flow, driven by the AWS CLI v2 (an independent wire client).</summary>
public sealed class AwsCliMfaFlowTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task Sign_up_confirm_enrol_totp_through_mfa_setup_then_sign_in_with_a_code()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-flow");

        var signUp = (await aws.CognitoAsync("sign-up",
            "--client-id", cognito.ClientId,
            "--username", user.Username,
            "--password", user.Password,
            "--user-attributes", $"Name=email,Value={user.Email}")).ShouldSucceed();
        Assert.False(signUp["UserConfirmed"]?.GetValue<bool>(), "A self-signed-up user starts unconfirmed.");
        Assert.True(Guid.TryParse(signUp["UserSub"]?.GetValue<string>(), out _), $"UserSub must be a UUID: {signUp}");
        var delivery = signUp["CodeDeliveryDetails"];
        Assert.Equal("EMAIL", delivery?["DeliveryMedium"]?.GetValue<string>());
        Assert.Equal("email", delivery?["AttributeName"]?.GetValue<string>());
        Assert.Equal($"{user.Email[0]}***@e***", delivery?["Destination"]?.GetValue<string>());

        var confirmationCode = await cognito.Outbox.LatestCodeForAsync(user.Username);
        Assert.Matches("^[0-9]{6}$", confirmationCode);
        (await aws.CognitoAsync("confirm-sign-up",
            "--client-id", cognito.ClientId,
            "--username", user.Username,
            "--confirmation-code", confirmationCode)).ShouldSucceed();

        var firstSignIn = (await AdminSignInAsync(aws, user)).ShouldSucceed();
        var setupSession = AssertChallenge(firstSignIn, "MFA_SETUP");
        Assert.Contains("SOFTWARE_TOKEN_MFA", MfasCanSetup(firstSignIn));

        var association = (await aws.CognitoAsync("associate-software-token", "--session", setupSession)).ShouldSucceed();
        var secret = association["SecretCode"]?.GetValue<string>() ?? "";
        Assert.Matches("^[A-Z2-7]{16,}=*$", secret);
        var associatedSession = association["Session"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(associatedSession), "AssociateSoftwareToken must return a new Session.");

        var authenticator = new TotpAuthenticator(secret);
        var verification = (await aws.CognitoAsync("verify-software-token",
            "--session", associatedSession!,
            "--user-code", await authenticator.NextCodeAsync())).ShouldSucceed();
        Assert.Equal("SUCCESS", verification["Status"]?.GetValue<string>());
        var verifiedSession = verification["Session"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(verifiedSession), "VerifySoftwareToken must return a new Session.");

        var setupDone = (await aws.AdminRespondToAuthChallengeAsync(cognito.UserPoolId, cognito.ClientId,
            "MFA_SETUP", verifiedSession!, ("USERNAME", user.Username))).ShouldSucceed();
        await TokenVerifier.AssertValidAsync(cognito, AssertTokens(setupDone), user);

        // A fresh sign-in of the enrolled user asks for a code; a new code (not the one just used) completes it.
        var secondSignIn = (await AdminSignInAsync(aws, user)).ShouldSucceed();
        var mfaSession = AssertChallenge(secondSignIn, "SOFTWARE_TOKEN_MFA");
        var signedIn = await AnswerTotpAsync(aws, user, mfaSession, authenticator);
        await TokenVerifier.AssertValidAsync(cognito, AssertTokens(signedIn), user);
    }

    [Fact]
    public async Task After_verify_software_token_a_new_sign_in_asks_for_a_code_without_finishing_mfa_setup()
    {
        // The AWS Python example's path: it never answers MFA_SETUP, it signs in again after verifying.
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-resignin");
        await cognito.Users.CreateConfirmedAsync(user);

        var setupSession = AssertChallenge((await AdminSignInAsync(aws, user)).ShouldSucceed(), "MFA_SETUP");
        var association = (await aws.CognitoAsync("associate-software-token", "--session", setupSession)).ShouldSucceed();
        var authenticator = new TotpAuthenticator(association["SecretCode"]?.GetValue<string>() ?? "");
        var verification = (await aws.CognitoAsync("verify-software-token",
            "--session", association["Session"]?.GetValue<string>() ?? "",
            "--user-code", await authenticator.NextCodeAsync())).ShouldSucceed();
        Assert.Equal("SUCCESS", verification["Status"]?.GetValue<string>());

        var mfaSession = AssertChallenge((await AdminSignInAsync(aws, user)).ShouldSucceed(), "SOFTWARE_TOKEN_MFA");
        var signedIn = await AnswerTotpAsync(aws, user, mfaSession, authenticator);
        AssertTokens(signedIn);
    }

    private Task<AwsCliResult> AdminSignInAsync(AwsCli aws, TestUser user) =>
        aws.AdminInitiateAuthAsync(cognito.UserPoolId, cognito.ClientId, user);

    private async Task<JsonObject> AnswerTotpAsync(AwsCli aws, TestUser user, string session, TotpAuthenticator authenticator) =>
        (await aws.AdminRespondToAuthChallengeAsync(cognito.UserPoolId, cognito.ClientId, "SOFTWARE_TOKEN_MFA", session,
            ("USERNAME", user.Username), ("SOFTWARE_TOKEN_MFA_CODE", await authenticator.NextCodeAsync()))).ShouldSucceed();
}
