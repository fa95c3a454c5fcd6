using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Defaults;

/// <summary>
/// Makes sure the default user pool and app client exist, created from Defaults/default-user-pool.json (the same
/// definition the CDK stack deploys) through the normal operations. With a data directory they are reused.
/// It runs once, at start-up, before the server is handed out or (started in the background) before it serves a
/// request, so nothing else creates pools concurrently.
/// </summary>
public static class DefaultPool
{
    private const string PoolKey = "defaultUserPoolId", ClientKey = "defaultClientId";

    public static (string PoolId, string ClientId) Ensure(CognitoStore store, RequestDispatcher dispatcher, string region)
    {
        if (store.GetMeta(PoolKey) is { } existingPool && store.GetMeta(ClientKey) is { } existingClient
            && store.FindPool(existingPool) is not null && store.FindClient(existingClient) is not null)
        {
            return (existingPool, existingClient);
        }

        var definition = Load();
        var poolRequest = (JsonObject)definition["UserPool"]!.DeepClone();
        var enabledMfas = (definition["EnabledMfas"] as JsonArray ?? []).Select(mfa => mfa?.GetValue<string>()).ToList();
        var emailMfa = enabledMfas.Contains("EMAIL_OTP");
        if (emailMfa)
        {
            // Email MFA needs the pool to send through its own Amazon SES identity; locally the outbox stands in for
            // SES. (On AWS the CDK stack supplies a verified identity, or leaves email MFA off.)
            poolRequest["EmailConfiguration"] ??= new JsonObject
            {
                ["EmailSendingAccount"] = "DEVELOPER",
                ["SourceArn"] = $"arn:aws:ses:{region}:000000000000:identity/no-reply@localcognito.localhost",
            };
        }

        var poolId = dispatcher.Invoke("CreateUserPool", poolRequest)["UserPool"]!["Id"]!.GetValue<string>();

        var mfaConfig = new JsonObject
        {
            ["UserPoolId"] = poolId,
            ["SoftwareTokenMfaConfiguration"] = new JsonObject { ["Enabled"] = enabledMfas.Contains("SOFTWARE_TOKEN_MFA") },
            ["MfaConfiguration"] = poolRequest.OptionalString("MfaConfiguration") ?? "OFF",
        };
        if (emailMfa)
        {
            mfaConfig["EmailMfaConfiguration"] = definition["EmailMfaConfiguration"]?.DeepClone() ?? new JsonObject();
        }

        dispatcher.Invoke("SetUserPoolMfaConfig", mfaConfig);

        var clientRequest = (JsonObject)definition["UserPoolClient"]!.DeepClone();
        clientRequest["UserPoolId"] = poolId;
        var clientId = dispatcher.Invoke("CreateUserPoolClient", clientRequest)["UserPoolClient"]!["ClientId"]!.GetValue<string>();

        if (definition["UserPoolDomain"] is JsonObject domain)
        {
            // The domain that serves the default client's managed login (OAuth/DomainUrls: {endpoint}/domain/{name}).
            var domainRequest = (JsonObject)domain.DeepClone();
            domainRequest["UserPoolId"] = poolId;
            dispatcher.Invoke("CreateUserPoolDomain", domainRequest);
        }

        store.SetMeta(PoolKey, poolId);
        store.SetMeta(ClientKey, clientId);
        return (poolId, clientId);
    }

    private static JsonObject Load()
    {
        using var stream = typeof(DefaultPool).Assembly.GetManifestResourceStream("LocalCognito.default-user-pool.json")
            ?? throw new InvalidOperationException("The embedded default-user-pool.json is missing.");
        return JsonNode.Parse(stream) as JsonObject ?? throw new InvalidOperationException("default-user-pool.json is not a JSON object.");
    }
}
