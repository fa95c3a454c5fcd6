using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Tests.Support;

namespace CognitoMfaScenario.Tests;

/// <summary>
/// After sign-up the password travels only where it must: the admin sign-in that gives MFA_SETUP (and its restarts).
/// With --auth srp every later sign-in sends a proof instead; --auth password sends it with USER_PASSWORD_AUTH.
/// </summary>
public sealed class PasswordExposureTests
{
    private const string Password = "Only-For-Admin-9";

    [Theory]
    [InlineData(SignInMethod.Srp, new[] { "SignUpAsync", "AdminInitiateAuthAsync" })]
    [InlineData(SignInMethod.Password, new[] { "SignUpAsync", "AdminInitiateAuthAsync", "InitiateAuthAsync" })]
    public async Task Only_the_expected_requests_carry_the_password(SignInMethod auth, string[] allowed)
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true, Password = Password, Auth = auth });

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.True(exitCode == 0, harness.Output);
        var carriers = harness.Cognito.Client.Invocations
            .Where(call => RequestText.StringsIn(call.Arguments[0]).Any(text => text.Contains(Password, StringComparison.Ordinal)))
            .Select(call => call.Method.Name)
            .Distinct()
            .ToList();
        Assert.Equal(allowed, carriers);
        Assert.Equal("SignUpAsync", harness.Cognito.CallOrder[0]);

        // The new password of step 13 goes only into ConfirmForgotPassword (and, with --auth password, the sign-in after it).
        var newPassword = harness.Cognito.Password!;
        Assert.NotEqual(Password, newPassword);
        var newCarriers = harness.Cognito.Client.Invocations
            .Where(call => RequestText.StringsIn(call.Arguments[0]).Any(text => text.Contains(newPassword, StringComparison.Ordinal)))
            .Select(call => call.Method.Name)
            .Distinct()
            .ToList();
        Assert.Equal(auth == SignInMethod.Srp ? ["ConfirmForgotPasswordAsync"] : ["ConfirmForgotPasswordAsync", "InitiateAuthAsync"], newCarriers);
    }

    [Fact]
    public void The_text_walker_finds_the_password_inside_auth_parameters()
    {
        var request = new Amazon.CognitoIdentityProvider.Model.InitiateAuthRequest { AuthParameters = new() { ["PASSWORD"] = Password } };

        Assert.Contains(Password, RequestText.StringsIn(request));
    }
}
