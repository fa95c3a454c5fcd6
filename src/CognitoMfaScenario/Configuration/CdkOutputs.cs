using System.Text.Json;

namespace CognitoMfaScenario.Configuration;

/// <summary>
/// The pool deployed by cdk/, as written by <c>cdk deploy --outputs-file cdk-outputs.json</c>:
/// <c>{"&lt;StackName&gt;": {"UserPoolId": "...", "ClientId": "...", "Region": "...", "DomainBaseUrl": "...", "CallbackUrl": "..."}}</c>.
/// DomainBaseUrl and CallbackUrl (the browser sign-in's) are absent from outputs of stacks deployed before cdk/ had them.
/// </summary>
public sealed record CdkOutputs(string PoolId, string ClientId, string? Region, string SourcePath)
{
    public Uri? DomainBaseUrl { get; init; }

    public Uri? CallbackUrl { get; init; }

    private const string RelativePath = "cdk/cdk-outputs.json";

    /// <summary>
    /// Looks for cdk/cdk-outputs.json in each given directory and its parents (nearest first),
    /// so it is found whether the app runs from the repository root or from its bin folder.
    /// </summary>
    /// <exception cref="OptionsException">The file exists but cannot be read as CDK outputs.</exception>
    public static CdkOutputs? Find(IEnumerable<string> startDirectories)
    {
        foreach (var start in startDirectories)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return Read(candidate);
                }
            }
        }

        return null;
    }

    /// <summary>Reads one outputs file; the first stack with both a pool id and a client id wins.</summary>
    public static CdkOutputs Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var stack in document.RootElement.EnumerateObject())
            {
                if (stack.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var poolId = StringProperty(stack.Value, "UserPoolId");
                var clientId = StringProperty(stack.Value, "ClientId") ?? StringProperty(stack.Value, "UserPoolClientId");
                if (poolId is not null && clientId is not null)
                {
                    return new CdkOutputs(poolId, clientId, StringProperty(stack.Value, "Region"), path)
                    {
                        DomainBaseUrl = HttpUrl(StringProperty(stack.Value, "DomainBaseUrl")),
                        CallbackUrl = HttpUrl(StringProperty(stack.Value, "CallbackUrl")),
                    };
                }
            }
        }
        catch (JsonException exception)
        {
            throw new OptionsException($"{path} is not valid JSON ({exception.Message}). Deploy again with `cdk deploy --outputs-file cdk-outputs.json`, or delete the file.");
        }

        throw new OptionsException($"{path} has no stack with UserPoolId and ClientId outputs. Deploy again with `cdk deploy --outputs-file cdk-outputs.json`, or delete the file.");
    }

    private static Uri? HttpUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static string? StringProperty(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)
                && property.Value.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                return property.Value.GetString();
            }
        }

        return null;
    }
}
