using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.Assertions;
using CognitoMfa.Cdk.ExpectedPool;

namespace CognitoMfa.Cdk.Tests;

/// <summary>
/// The app's stack synthesized once with the given CDK context (what `cdk synth -c key=value` passes),
/// kept both as an assertions Template and as raw JSON.
/// </summary>
public sealed class SynthesizedStack : IDisposable
{
    private readonly DirectoryInfo _outdir = Directory.CreateTempSubdirectory("cognito-mfa-cdk-tests-");

    public SynthesizedStack(IDictionary<string, object> context)
    {
        var app = new App(new AppProps { Outdir = _outdir.FullName, Context = context });
        var stack = CognitoMfaApp.AddStack(app, ExpectedPoolFile.LoadEmbedded());
        var assembly = app.Synth();

        var templateJson = File.ReadAllText(Path.Combine(assembly.Directory, stack.TemplateFile));
        Template = Template.FromString(templateJson);
        TemplateJson = JsonNode.Parse(templateJson)!.AsObject();
    }

    public Template Template { get; }

    public JsonObject TemplateJson { get; }

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
