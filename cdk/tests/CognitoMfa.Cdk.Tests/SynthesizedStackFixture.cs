using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.Assertions;
using CognitoMfa.Cdk.ExpectedPool;

namespace CognitoMfa.Cdk.Tests;

/// <summary>
/// Synthesizes the app's stack once per test run (shared through SynthesizedStackCollection, as the jsii
/// round trips take seconds) and keeps the template both as an assertions Template and as raw JSON,
/// plus the expected-pool file as raw JSON.
/// </summary>
public sealed class SynthesizedStackFixture : IDisposable
{
    private readonly DirectoryInfo _outdir = Directory.CreateTempSubdirectory("cognito-mfa-cdk-tests-");

    public SynthesizedStackFixture()
    {
        var app = new App(new AppProps { Outdir = _outdir.FullName });
        var stack = CognitoMfaApp.AddStack(app, ExpectedPoolFile.LoadEmbedded());
        var assembly = app.Synth();

        var templateJson = File.ReadAllText(Path.Combine(assembly.Directory, stack.TemplateFile));
        Template = Template.FromString(templateJson);
        TemplateJson = JsonNode.Parse(templateJson)!.AsObject();
        ExpectedPool = ReadExpectedPoolFile();
    }

    public Template Template { get; }

    public JsonObject TemplateJson { get; }

    /// <summary>src/LocalCognito/Defaults/default-user-pool.json, read directly (the build copies it next to the tests).</summary>
    public JsonObject ExpectedPool { get; }

    public static JsonObject ReadExpectedPoolFile() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, ExpectedPoolFile.ResourceName)))!.AsObject();

    /// <summary>The Properties of the single resource of the given type.</summary>
    public JsonObject PropertiesOf(string resourceType) => ResourceOf(resourceType).Value["Properties"]!.AsObject();

    public KeyValuePair<string, JsonObject> ResourceOf(string resourceType)
    {
        var matches = TemplateJson["Resources"]!.AsObject()
            .Where(resource => (string?)resource.Value!["Type"] == resourceType)
            .Select(resource => KeyValuePair.Create(resource.Key, resource.Value!.AsObject()))
            .ToList();
        Assert.Single(matches);
        return matches[0];
    }

    public void Dispose() => _outdir.Delete(recursive: true);
}
