using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Stores where a pool's logs would go, with the rules Cognito documents: one configuration per event source;
/// userNotification at ERROR level to a CloudWatch Logs group; userAuthEvents (threat protection activity, Plus plan
/// only) at INFO level to one of CloudWatch Logs, S3 or Firehose. LocalCognito keeps and returns the configuration
/// but sends no logs anywhere.
/// </summary>
public sealed class SetLogDeliveryConfiguration(CognitoStore store) : ICognitoOperation
{
    public const string Section = "log-delivery";

    private static readonly string[] Destinations = ["CloudWatchLogsConfiguration", "S3Configuration", "FirehoseConfiguration"];

    public string Name => "SetLogDeliveryConfiguration";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var configurations = request["LogConfigurations"] as JsonArray ?? [];
        var sources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var configuration in configurations.OfType<JsonObject>())
        {
            var source = configuration.Required("EventSource");
            if (!sources.Add(source))
            {
                throw Errors.InvalidParameter($"Only one log configuration per event source is allowed; {source} is given twice.");
            }

            Check(pool, configuration, source);
        }

        var body = new JsonObject { ["UserPoolId"] = pool.Id, ["LogConfigurations"] = configurations.DeepClone() };
        if (!store.PutDocument(Section, pool.Id, "", body))
        {
            throw Errors.PoolNotFound(pool.Id);
        }

        return new JsonObject { ["LogDeliveryConfiguration"] = body };
    }

    private static void Check(UserPool pool, JsonObject configuration, string source)
    {
        var level = configuration.Required("LogLevel");
        var destinations = Destinations.Where(name => configuration[name] is JsonObject).ToList();
        if (destinations.Count != 1)
        {
            throw Errors.InvalidParameter($"A log configuration needs exactly one destination (CloudWatchLogsConfiguration, S3Configuration or FirehoseConfiguration); the {source} configuration has {destinations.Count}.");
        }

        var (arnMember, arnPrefix) = destinations[0] switch
        {
            "CloudWatchLogsConfiguration" => ("LogGroupArn", "arn:aws:logs:"),
            "S3Configuration" => ("BucketArn", "arn:aws:s3:::"),
            _ => ("StreamArn", "arn:aws:firehose:"),
        };
        var arn = ((JsonObject)configuration[destinations[0]]!).OptionalString(arnMember);
        if (arn is null || !arn.StartsWith(arnPrefix, StringComparison.Ordinal))
        {
            throw Errors.InvalidParameter($"{destinations[0]}.{arnMember} must be an ARN starting with {arnPrefix}");
        }

        if (source == "userNotification" && (level != "ERROR" || destinations[0] != "CloudWatchLogsConfiguration"))
        {
            throw Errors.InvalidParameter("userNotification logs are sent at LogLevel ERROR to a CloudWatchLogsConfiguration.");
        }

        if (source == "userAuthEvents")
        {
            if (level != "INFO")
            {
                throw Errors.InvalidParameter("userAuthEvents logs are sent at LogLevel INFO.");
            }

            if (pool.Tier != "PLUS")
            {
                throw new CognitoException("FeatureUnavailableInTierException",
                    $"Exporting userAuthEvents logs is not available in the {pool.Tier} tier; it needs the PLUS tier.");
            }
        }
    }
}
