using System.Text.Json.Nodes;
using Amazon.CognitoIdentityProvider;

namespace CognitoIdentityProvider.Client.Tests;

/// <summary>The generated surface covers what the committed model (spec/) declares.</summary>
public sealed class GeneratedSurfaceTests
{
    private static readonly JsonObject Model = LoadModel();

    [Fact]
    public void EveryDeclaredErrorHasATypedException()
    {
        var declared = Model["operations"]!.AsObject()
            .SelectMany(op => op.Value!["errors"]!.AsArray().Select(e => (string)e!["shape"]!))
            .ToHashSet();
        var exceptions = typeof(AmazonCognitoIdentityProviderException).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(AmazonCognitoIdentityProviderException)))
            .Select(t => t.Name)
            .ToHashSet();

        Assert.Subset(exceptions, declared);
    }

    [Fact]
    public void EveryModelledOperationIsOnTheInterface()
    {
        var operations = Model["operations"]!.AsObject().Select(op => op.Key + "Async").Order(StringComparer.Ordinal);
        var methods = typeof(IAmazonCognitoIdentityProvider).GetMethods().Select(m => m.Name).Where(n => n.EndsWith("Async")).Order(StringComparer.Ordinal);

        Assert.Equal(operations, methods);
    }

    private static JsonObject LoadModel()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "spec", "cognito-idp-2016-04-18.service-2.json");
            if (File.Exists(path))
            {
                return JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            }
        }
        throw new FileNotFoundException("spec/cognito-idp-2016-04-18.service-2.json not found above the test output directory.");
    }
}
