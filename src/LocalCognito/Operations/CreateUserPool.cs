using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Defaults;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class CreateUserPool(CognitoStore store, SigningKeys keys, ServerInfo server, TimeProvider time, ReservedDefaultIds reserved) : ICognitoOperation
{
    public string Name => "CreateUserPool";

    public JsonObject Execute(JsonObject request)
    {
        PoolSettingsSupport.Check(request);
        var settings = (JsonObject)request.DeepClone();
        settings.Remove("PoolName");
        var mfa = request.OptionalString("MfaConfiguration") ?? "OFF";
        settings.Remove("MfaConfiguration");
        var (key, keyId) = keys.ForNewPool();
        var now = time.GetUtcNow();
        var pool = new UserPool
        {
            Id = reserved.NextPoolId(server.Region),
            Name = request.Required("PoolName"),
            Settings = settings,
            MfaConfiguration = mfa,
            // Real Cognito needs SetUserPoolMfaConfig to turn TOTP on; here an MFA pool supports TOTP from the start.
            SoftwareTokenMfaEnabled = mfa != "OFF",
            CreationDate = now,
            LastModifiedDate = now,
            SigningKeyPkcs8 = key,
            SigningKeyId = keyId,
        };
        PoolFeatureRules.RequireValidSignInPolicy(pool);
        TagRules.Check(pool.Tags());
        store.AddPool(pool);
        return new JsonObject { ["UserPool"] = PoolView.Describe(pool, 0, server.Region) };
    }
}
