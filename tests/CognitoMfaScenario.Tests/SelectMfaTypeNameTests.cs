using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Tests.Support;

namespace CognitoMfaScenario.Tests;

/// <summary>
/// SELECT_MFA_TYPE is answered with the name MFAS_CAN_CHOOSE offers: the API reference writes EMAIL_MFA for email,
/// the challenge (and AWS Amplify's answer) says EMAIL_OTP. A pool that accepts only the names it lists gets either.
/// </summary>
public sealed class SelectMfaTypeNameTests
{
    [Theory]
    [InlineData("[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\"]", MfaFactor.Email, "EMAIL_OTP")]
    [InlineData("[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_MFA\"]", MfaFactor.Email, "EMAIL_MFA")]
    [InlineData("[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_MFA\"]", MfaFactor.App, "SOFTWARE_TOKEN_MFA")]
    public async Task The_answer_uses_the_factor_name_the_challenge_offers(string mfasCanChoose, MfaFactor factor, string expectedAnswer)
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true });
        harness.Cognito.Preset("ria", "Ria-Pa55word!");
        harness.Cognito.EnrolWithoutCode();
        harness.Cognito.EmailEnrolled = true;
        harness.Cognito.NoPreferredFactor = true;
        harness.Cognito.MfasCanChoose = mfasCanChoose;
        harness.AccountState.Use("ria", "Ria-Pa55word!");
        harness.MfaState.Choose(factor);
        harness.UseBuiltInAuthenticator();

        await harness.SignIn.SignInWithMfaAsync(CancellationToken.None);

        Assert.Equal(expectedAnswer, harness.Cognito.SelectedFactor);
        Assert.Contains($"choosing {expectedAnswer}", harness.Output);
        Assert.NotNull(harness.SessionState.Tokens);
    }
}
