using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LocalCognito.Protocol;

/// <summary>
/// The operations and input shapes of the Cognito service model: spec/cognito-idp-2016-04-18.service-2.json
/// (botocore format), embedded at build time. tools/ClientGenerator trims it from the full model and generates
/// the client from it, so LocalCognito and the client read one file. It may hold operations LocalCognito does not
/// implement (the client may need them against AWS); those are answered as unknown.
/// </summary>
public sealed class ServiceModel
{
    private readonly JsonElement _operations;
    private readonly JsonElement _shapes;
    private readonly ConcurrentDictionary<string, Regex?> _patterns = new();

    private ServiceModel(JsonDocument document)
    {
        _operations = document.RootElement.GetProperty("operations");
        _shapes = document.RootElement.GetProperty("shapes");
        TargetPrefix = document.RootElement.GetProperty("metadata").GetProperty("targetPrefix").GetString()!;
    }

    public string TargetPrefix { get; }

    public static ServiceModel LoadEmbedded()
    {
        using var stream = typeof(ServiceModel).Assembly.GetManifestResourceStream("LocalCognito.service-model.json")
            ?? throw new InvalidOperationException("The embedded service model is missing.");
        return new ServiceModel(JsonDocument.Parse(stream));
    }

    public bool HasOperation(string name) => _operations.TryGetProperty(name, out _);

    public IEnumerable<string> OperationNames => _operations.EnumerateObject().Select(o => o.Name);

    /// <summary>Operations the model marks as unsigned (auth smithy.api#noAuth, or the older authtype none); all others need SigV4.</summary>
    public bool RequiresSigV4(string operation)
    {
        var definition = _operations.GetProperty(operation);
        var noAuth = definition.TryGetProperty("auth", out var schemes)
                     && schemes.EnumerateArray().Any(scheme => scheme.GetString() == "smithy.api#noAuth");
        var authTypeNone = definition.TryGetProperty("authtype", out var authType) && authType.GetString() == "none";
        return !(noAuth || authTypeNone);
    }

    public string InputShape(string operation) => _operations.GetProperty(operation).GetProperty("input").GetProperty("shape").GetString()!;

    public JsonElement Shape(string name) => _shapes.GetProperty(name);

    /// <summary>The model's pattern as a whole-string .NET regex, or null when .NET cannot express it.</summary>
    public Regex? Pattern(string pattern) => _patterns.GetOrAdd(pattern, modelPattern =>
    {
        try
        {
            return new Regex(@"\A(?:" + modelPattern + @")\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return null;
        }
    });
}
