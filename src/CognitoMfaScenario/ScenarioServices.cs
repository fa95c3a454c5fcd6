using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Local;
using CognitoMfaScenario.Mfa;
using CognitoMfaScenario.SignIn;
using CognitoMfaScenario.Steps;
using CognitoMfaScenario.Tokens;
using CognitoMfaScenario.Ui;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoMfaScenario;

/// <summary>
/// The scenario's own classes, one instance each per run. The host (or a test) registers what they stand on:
/// the Cognito client, the console, the prompter, the clock, the random source, the options and target,
/// the confirmation mailbox and the JWKS source.
/// </summary>
public static class ScenarioServices
{
    public static IServiceCollection AddScenario(this IServiceCollection services)
    {
        services.AddSingleton<ScenarioState>();
        services.AddSingleton<CognitoWrapper>();
        services.AddSingleton<TokenInspector>();
        services.AddSingleton<Questions>();
        services.AddSingleton<LocalInbox>();
        services.AddSingleton<TokenReport>();
        services.AddSingleton<AuthenticatorSecretView>();
        services.AddSingleton<AuthenticatorEnrolment>();
        services.AddSingleton<AdminPasswordSignIn>();
        services.AddSingleton<MfaCodeSignIn>();
        services.AddSingleton<PasswordSrpSignIn>();
        services.AddSingleton<FirstFactorSignIn>();
        services.AddSingleton<UserSignIn>();
        services.AddSingleton<TokenRefresh>();
        services.AddSingleton<DeviceRegistration>();
        services.AddSingleton<RememberedDeviceSignIn>();
        services.AddSingleton<AccountSteps>();
        services.AddSingleton<EnrolmentSteps>();
        services.AddSingleton<SignInSteps>();
        services.AddSingleton<SessionSteps>();
        services.AddSingleton<PasswordRecoveryStep>();
        services.AddSingleton<CleanUpStep>();
        services.AddSingleton<Scenario>();
        services.AddSingleton<ScenarioRunner>();
        return services;
    }
}
