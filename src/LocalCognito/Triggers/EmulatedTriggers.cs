using System.Text.Json.Nodes;
using LocalCognito.Protocol;

namespace LocalCognito.Triggers;

/// <summary>
/// The LambdaConfig keys LocalCognito runs. Any other key is refused by name (never stored and silently ignored).
/// </summary>
public static class EmulatedTriggers
{
    public const string PreSignUp = "PreSignUp";
    public const string PostConfirmation = "PostConfirmation";
    public const string PreTokenGeneration = "PreTokenGeneration";
    public const string PreTokenGenerationConfig = "PreTokenGenerationConfig";

    private static readonly HashSet<string> Emulated = [PreSignUp, PostConfirmation, PreTokenGeneration, PreTokenGenerationConfig];

    public static void Check(JsonObject lambdaConfig)
    {
        var others = lambdaConfig.Where(trigger => !Emulated.Contains(trigger.Key) && trigger.Value is not null).Select(trigger => trigger.Key).ToList();
        if (others.Count > 0)
        {
            throw Errors.InvalidParameter(
                $"Not emulated by LocalCognito: LambdaConfig ({string.Join(", ", others)}): LocalCognito runs only the triggers " +
                $"{string.Join(", ", Emulated)}.");
        }

        if (lambdaConfig[PreTokenGenerationConfig] is JsonObject config)
        {
            var version = config["LambdaVersion"]?.GetValue<string>();
            if (version is not ("V1_0" or "V2_0" or "V3_0") || config["LambdaArn"] is null)
            {
                throw Errors.InvalidParameter("PreTokenGenerationConfig requires LambdaArn and a LambdaVersion of V1_0, V2_0 or V3_0.");
            }
        }
    }
}
