using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>How pools and app clients appear in Describe*/Create* responses (UserPoolType, UserPoolClientType).</summary>
public static class PoolView
{
    public static JsonObject Describe(UserPool pool, int userCount, string region)
    {
        var view = new JsonObject
        {
            ["Id"] = pool.Id,
            ["Name"] = pool.Name,
            ["Arn"] = PoolArn.For(region, pool.Id),
            ["LambdaConfig"] = new JsonObject(),
            ["DeletionProtection"] = "INACTIVE",
        };
        foreach (var (name, value) in pool.Settings.Where(setting => setting.Key != "Schema"))
        {
            view[name] = value?.DeepClone();
        }

        view["SchemaAttributes"] = new JsonArray(PoolSchema.For(pool).Select(attribute => (JsonNode)attribute).ToArray());

        var policies = view["Policies"] as JsonObject ?? new JsonObject();
        policies["PasswordPolicy"] ??= new JsonObject
        {
            ["MinimumLength"] = 8,
            ["RequireUppercase"] = true,
            ["RequireLowercase"] = true,
            ["RequireNumbers"] = true,
            ["RequireSymbols"] = true,
            ["TemporaryPasswordValidityDays"] = 7,
        };
        policies["SignInPolicy"] ??= new JsonObject { ["AllowedFirstAuthFactors"] = new JsonArray("PASSWORD") };
        view["Policies"] = policies;
        view["UserPoolTier"] = pool.Tier;
        view["MfaConfiguration"] = pool.MfaConfiguration;
        view["EstimatedNumberOfUsers"] = userCount;
        view["CreationDate"] = JsonRequest.Epoch(pool.CreationDate);
        view["LastModifiedDate"] = JsonRequest.Epoch(pool.LastModifiedDate);
        return view;
    }

    public static JsonObject Describe(AppClient client)
    {
        var view = new JsonObject
        {
            ["UserPoolId"] = client.UserPoolId,
            ["ClientName"] = client.ClientName,
            ["ClientId"] = client.ClientId,
        };
        if (client.ClientSecret is not null)
        {
            view["ClientSecret"] = client.ClientSecret;
        }

        foreach (var (name, value) in client.Settings)
        {
            view[name] = value?.DeepClone();
        }

        ClientDefaults.Apply(view, client);
        view["ExplicitAuthFlows"] = new JsonArray(client.ExplicitAuthFlows.Select(f => (JsonNode)JsonValue.Create(f)!).ToArray());
        view["AuthSessionValidity"] = client.AuthSessionValidityMinutes;
        view["CreationDate"] = JsonRequest.Epoch(client.CreationDate);
        view["LastModifiedDate"] = JsonRequest.Epoch(client.LastModifiedDate);
        return view;
    }
}
