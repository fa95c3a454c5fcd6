using CognitoMfaScenario.Answers;
using CognitoMfaScenario.BrowserSignIn;
using CognitoMfaScenario.Cognito;
using CognitoMfaScenario.Local;
using CognitoMfaScenario.State;
using CognitoMfaScenario.Steps.Conversation;
using CognitoMfaScenario.Tokens;
using CognitoMfaScenario.Ui;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoMfaScenario;

/// <summary>
/// The scenario's own classes, one instance each per run. The host (or a test) registers what they stand on:
/// the Cognito client, the console, the prompter, the clock, the random source, the options and target,
/// the confirmation mailbox, the source of the pool's published documents (discovery, JWKS) and the browser launcher.
/// </summary>
public static class ScenarioServices
{
    public static IServiceCollection AddScenario(this IServiceCollection services)
    {
        // What the run learns, narrowed: each step class takes the parts it reads or writes.
        services.AddSingleton<AccountState>();
        services.AddSingleton<MfaState>();
        services.AddSingleton<SessionState>();

        // Cognito/: the calls and handshakes, with no console, questions or run state.
        services.AddSingleton<CognitoWrapper>();
        services.AddSingleton<PasswordSrpSignIn>();
        services.AddSingleton<FirstFactorSignIn>();
        services.AddSingleton<RememberedDeviceSignIn>();
        services.AddSingleton<DeviceRegistration>();
        services.AddSingleton<TokenRefresh>();

        // BrowserSignIn/: the authorization code flow with PKCE over the pool's domain, also with no console.
        services.AddSingleton<ManagedLoginDiscovery>();
        services.AddSingleton<TokenEndpointClient>();
        services.AddSingleton<ManagedLoginSignIn>();
        services.AddSingleton(_ => new ManagedLoginFormWalker());

        // The conversation: questions, answers on screen, tokens shown.
        services.AddSingleton<Questions>();
        services.AddSingleton<LocalInbox>();
        services.AddSingleton<TokenInspector>();
        services.AddSingleton<IssuerDiscovery>();
        services.AddSingleton<TokenReport>();
        services.AddSingleton<AuthenticatorSecretView>();
        services.AddSingleton<CodeEntry>();
        services.AddSingleton<PasswordPolicyHint>();
        services.AddSingleton<AdminPasswordSignIn>();
        services.AddSingleton<FirstSignIn>();
        services.AddSingleton<FactorEnrolment>();
        services.AddSingleton<MfaChallengeAnswer>();
        services.AddSingleton<UserSignIn>();
        services.AddSingleton<PasswordReset>();

        // The steps: every class the table names, and the table bound to them.
        foreach (var stepClass in StepTable.Rows.Select(row => row.StepClass).Distinct())
        {
            services.AddSingleton(stepClass);
        }

        services.AddSingleton<IReadOnlyList<ScenarioStep>>(provider => StepTable.Bind(provider, provider.GetRequiredService<Configuration.ScenarioOptions>()));
        services.AddSingleton<Scenario>();
        services.AddSingleton<ScenarioRunner>();
        return services;
    }
}
