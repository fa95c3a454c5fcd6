using System.Text.Json.Nodes;
using CognitoMfa.Cdk.ExpectedPool;

namespace CognitoMfa.Cdk.Tests;

/// <summary>
/// Synthesizes the app's stack once per test run for each SesMode (shared through SynthesizedStackCollection,
/// as the jsii round trips take seconds), plus the expected-pool file as raw JSON. WithSes also names the
/// domain prefix (-c domainPrefix); WithoutSes lets the stack derive it.
/// </summary>
public sealed class SynthesizedStackFixture : IDisposable
{
    public const string SesFromEmail = "no-reply@example.com";
    public const string SesRegion = "eu-west-1";
    public const string ChosenDomainPrefix = "mfa-walkthrough-test";

    public SynthesizedStackFixture()
    {
        WithoutSes = new SynthesizedStack(new Dictionary<string, object>());
        WithSes = new SynthesizedStack(new Dictionary<string, object>
        {
            [SesEmailIdentity.FromEmailKey] = SesFromEmail,
            [SesEmailIdentity.RegionKey] = SesRegion,
            // The second synth also names the domain prefix, so both ways of choosing one are checked without a
            // third synth (each costs seconds).
            [DomainPrefix.ContextKey] = ChosenDomainPrefix,
        });
        ExpectedPool = ReadExpectedPoolFile();
    }

    public SynthesizedStack WithoutSes { get; }

    public SynthesizedStack WithSes { get; }

    public SynthesizedStack In(SesMode mode) => mode == SesMode.WithSes ? WithSes : WithoutSes;

    /// <summary>src/LocalCognito/Defaults/default-user-pool.json, read directly (the build copies it next to the tests).</summary>
    public JsonObject ExpectedPool { get; }

    public static JsonObject ReadExpectedPoolFile() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, ExpectedPoolFile.ResourceName)))!.AsObject();

    public void Dispose()
    {
        WithoutSes.Dispose();
        WithSes.Dispose();
    }
}
