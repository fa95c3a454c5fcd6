using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LocalCognito.Protocol;

/// <summary>
/// The operations and input shapes of the Cognito service model (botocore format, trimmed to what LocalCognito
/// serves: Protocol/service-model.json, produced from the botocore cognito-idp-2016-04-18 model).
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

    /// <summary>Operations the model marks as unsigned (smithy.api#noAuth); all others need SigV4.</summary>
    public bool RequiresSigV4(string operation) =>
        !(_operations.GetProperty(operation).TryGetProperty("noAuth", out var noAuth) && noAuth.GetBoolean());

    public string InputShape(string operation) => _operations.GetProperty(operation).GetProperty("input").GetString()!;

    public JsonElement Shape(string name) => _shapes.GetProperty(name);

    /// <summary>The model's pattern as a whole-string .NET regex, or null when .NET cannot express it.</summary>
    public Regex? Pattern(string pattern) => _patterns.GetOrAdd(pattern, p =>
    {
        try { return new Regex(@"\A(?:" + p + @")\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)); }
        catch (ArgumentException) { return null; }
    });
}
