using System.Text.Json;
using System.Text.Json.Serialization;

namespace CognitoMfa.Cdk.ExpectedPool;

/// <summary>Reads the expected pool (src/LocalCognito/Defaults/default-user-pool.json, embedded at build time).</summary>
public static class ExpectedPoolFile
{
    public const string ResourceName = "default-user-pool.json";

    // Case-sensitive on purpose: the file uses Cognito's exact member names, and a misspelt member
    // must be reported, not matched loosely.
    private static readonly JsonSerializerOptions Options = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The copy embedded in this assembly, so synth does not depend on the working folder.</summary>
    public static ExpectedPoolDefinition LoadEmbedded()
    {
        using var stream = typeof(ExpectedPoolFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ExpectedPoolException($"The embedded resource '{ResourceName}' is missing from the CDK app; rebuild it.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static ExpectedPoolDefinition Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ExpectedPoolDefinition>(json, Options)
                ?? throw new ExpectedPoolException($"{ResourceName} is empty (null).");
        }
        catch (JsonException ex)
        {
            // The serializer's message names the member; the path says where it sits in the file.
            var where = ex.Path is null || ex.Message.Contains("Path:", StringComparison.Ordinal) ? "" : $" (at {ex.Path})";
            throw new ExpectedPoolException($"{ResourceName} does not match what the CDK stack can deploy: {ex.Message}{where}", ex);
        }
    }
}
