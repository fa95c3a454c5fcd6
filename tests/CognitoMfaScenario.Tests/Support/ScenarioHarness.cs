using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using CognitoMfaScenario.BrowserSignIn;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Local;
using CognitoMfaScenario.Mfa;
using CognitoMfaScenario.State;
using CognitoMfaScenario.Steps;
using CognitoMfaScenario.Tokens;
using CognitoMfaScenario.Ui;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Spectre.Console;
using Spectre.Console.Testing;

namespace CognitoMfaScenario.Tests.Support;

/// <summary>
/// A Scenario wired as the program wires it (<see cref="ScenarioServices.AddScenario"/>), on a scripted Moq client,
/// a test console, a fake clock, a fake mailbox and the pool's published documents (discovery, JWKS).
/// </summary>
public sealed class ScenarioHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 10, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    public ScenarioHarness(ScenarioOptions options, TargetKind kind = TargetKind.EmbeddedLocal, TextReader? pipedInput = null)
    {
        Cognito = new ScriptedCognito(Time);
        Console.Profile.Capabilities.Interactive = true;
        Console.Profile.Width = 400; // no wrapping inside asserted sentences
        Target = new ScenarioTarget(kind, ScriptedCognito.PoolId, ScriptedCognito.ClientId, null, "us-east-1",
            kind == TargetKind.Aws ? null : new Uri("http://127.0.0.1:9/"), HasOutbox: kind != TargetKind.Aws)
        {
            // A port of its own, so harnesses running side by side do not wait for each other's browser sign-in.
            CallbackUrl = new Uri($"http://localhost:{FreeLoopbackPort()}/callback"),
        };
        ManagedLogin = new FakeManagedLogin(Cognito);
        Browser = new FakeBrowser(ManagedLogin);

        Mailbox.Setup(m => m.LatestForAsync(ScriptedCognito.PoolId, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string pool, string user, CancellationToken _) =>
                new LocalEmail(pool, user, "a***@e***", "SignUp", ScriptedCognito.ConfirmationCode, Time.GetUtcNow()));
        WellKnown.Setup(j => j.GetAsync(Target.JwksUri, It.IsAny<CancellationToken>())).ReturnsAsync(() => Cognito.Tokens.JwksJson);
        // The scripted tokens name Cognito's issuer; an endpoint's discovery document says which one it uses, and
        // (on AWS too) where the pool's domain has its authorize and token endpoints.
        var discoveryUri = Target.DiscoveryUri ?? new Uri(ScriptedCognito.Issuer + "/.well-known/openid-configuration");
        WellKnown.Setup(j => j.GetAsync(discoveryUri, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => FakeManagedLogin.DiscoveryJson(Target.JwksUri));

        IPrompter prompter = pipedInput is null ? new TerminalPrompter(Console) : new LinePrompter(Console, pipedInput);
        var services = new ServiceCollection();
        services.AddSingleton<IAnsiConsole>(Console);
        services.AddSingleton(prompter);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Random);
        services.AddSingleton(options);
        services.AddSingleton(Target);
        services.AddSingleton(Mailbox.Object);
        services.AddSingleton(WellKnown.Object);
        services.AddSingleton(Cognito.Client.Object);
        services.AddScenario();
        services.AddSingleton(new HttpClient(ManagedLogin, disposeHandler: false));
        services.AddSingleton<IBrowserLauncher>(Browser);
        services.AddSingleton(new ManagedLoginFormWalker(() => ManagedLogin)); // replaces the one AddScenario registers
        _services = services.BuildServiceProvider();
        Scenario = _services.GetRequiredService<Scenario>();
        Runner = _services.GetRequiredService<ScenarioRunner>();
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public ScriptedCognito Cognito { get; }

    public TestConsole Console { get; } = new();

    public Mock<IConfirmationMailbox> Mailbox { get; } = new();

    public Mock<IWellKnownDocuments> WellKnown { get; } = new();

    public RandomNumberGenerator Random { get; } = RandomNumberGenerator.Create();

    /// <summary>The pool's domain: authorize and token endpoints.</summary>
    public FakeManagedLogin ManagedLogin { get; }

    /// <summary>The browser the browser sign-in opens.</summary>
    public FakeBrowser Browser { get; }

    public ScenarioTarget Target { get; }

    public Scenario Scenario { get; }

    public ScenarioRunner Runner { get; }

    /// <summary>The run's user (name, password, status), for tests that run one step alone.</summary>
    public AccountState AccountState => _services.GetRequiredService<AccountState>();

    /// <summary>Where the MFA set-up stands.</summary>
    public MfaState MfaState => _services.GetRequiredService<MfaState>();

    /// <summary>The newest tokens and the remembered device.</summary>
    public SessionState SessionState => _services.GetRequiredService<SessionState>();

    /// <summary>Steps 1–5 of the table, for tests that run one step alone.</summary>
    public AccountSteps Account => _services.GetRequiredService<AccountSteps>();

    /// <summary>The MFA set-up steps (first sign-in, add and verify the authenticator).</summary>
    public EnrolmentSteps Enrolment => _services.GetRequiredService<EnrolmentSteps>();

    /// <summary>The sign-in steps after set-up (with a code, from the remembered device).</summary>
    public SignInSteps SignIn => _services.GetRequiredService<SignInSteps>();

    /// <summary>The refresh and sign-out steps.</summary>
    public SessionSteps Session => _services.GetRequiredService<SessionSteps>();

    /// <summary>The password recovery step.</summary>
    public PasswordRecoveryStep Recovery => _services.GetRequiredService<PasswordRecoveryStep>();

    /// <summary>The browser sign-in step.</summary>
    public BrowserSignInStep BrowserSignIn => _services.GetRequiredService<BrowserSignInStep>();

    /// <summary>The last step.</summary>
    public CleanUpStep CleanUp => _services.GetRequiredService<CleanUpStep>();

    public string Output => Console.Output;

    /// <summary>One of the run's classes, as the program wires it.</summary>
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>As if step 7 had added the scripted secret to the built-in authenticator.</summary>
    public void UseBuiltInAuthenticator() =>
        MfaState.Associated(new PendingEnrolment(ScriptedCognito.TotpSecret, null), new BuiltInAuthenticator(ScriptedCognito.TotpSecret, Time));

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _services.Dispose();
        ManagedLogin.Dispose();
        Random.Dispose();
        Console.Dispose();
    }
}
