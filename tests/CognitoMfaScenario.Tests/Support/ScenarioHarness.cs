using System.Security.Cryptography;
using CognitoMfaScenario.Local;
using CognitoMfaScenario.Tokens;
using CognitoMfaScenario.Ui;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Spectre.Console.Testing;

namespace CognitoMfaScenario.Tests.Support;

/// <summary>A Scenario wired to a scripted Moq client, a test console, a fake clock, a fake mailbox and JWKS.</summary>
public sealed class ScenarioHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 10, TimeSpan.Zero);

    public ScenarioHarness(ScenarioOptions options, TargetKind kind = TargetKind.EmbeddedLocal, TextReader? pipedInput = null)
    {
        Cognito = new ScriptedCognito(Time);
        Console.Profile.Capabilities.Interactive = true;
        Console.Profile.Width = 400; // no wrapping inside asserted sentences
        Target = new ScenarioTarget(kind, ScriptedCognito.PoolId, ScriptedCognito.ClientId, null, "us-east-1",
            kind == TargetKind.Aws ? null : new Uri("http://127.0.0.1:9/"), HasOutbox: kind != TargetKind.Aws);

        Mailbox.Setup(m => m.LatestForAsync(ScriptedCognito.PoolId, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string pool, string user, CancellationToken _) =>
                new LocalEmail(pool, user, "a***@e***", "SignUp", ScriptedCognito.ConfirmationCode, Time.GetUtcNow()));
        Jwks.Setup(j => j.GetAsync(Target.JwksUri, It.IsAny<CancellationToken>())).ReturnsAsync(() => Cognito.Tokens.JwksJson);

        IPrompter prompter = pipedInput is null ? new TerminalPrompter(Console) : new LinePrompter(Console, pipedInput);
        Scenario = new Scenario(new CognitoWrapper(Cognito.Client.Object, Target), Target, options, Console, prompter,
            Mailbox.Object, new TokenInspector(Jwks.Object), Time, Random);
        Runner = new ScenarioRunner(Scenario, Target, Console);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public ScriptedCognito Cognito { get; }

    public TestConsole Console { get; } = new();

    public Mock<IConfirmationMailbox> Mailbox { get; } = new();

    public Mock<IJwksSource> Jwks { get; } = new();

    public RandomNumberGenerator Random { get; } = RandomNumberGenerator.Create();

    public ScenarioTarget Target { get; }

    public Scenario Scenario { get; }

    public ScenarioRunner Runner { get; }

    public string Output => Console.Output;

    public void Dispose()
    {
        Random.Dispose();
        Console.Dispose();
    }
}
