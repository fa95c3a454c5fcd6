using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class SetUserPoolMfaConfig(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "SetUserPoolMfaConfig";

    public JsonObject Execute(JsonObject request)
    {
        lock (store.Sync)
        {
            var pool = store.RequirePool(request.Required("UserPoolId"));
            if (request.Obj("SoftwareTokenMfaConfiguration")?.Bool("Enabled") is { } enabled)
            {
                pool.SoftwareTokenMfaEnabled = enabled;
            }

            if (request.Str("MfaConfiguration") is { } mfa)
            {
                if (mfa != "OFF" && !pool.SoftwareTokenMfaEnabled)
                {
                    throw Errors.InvalidParameter("At least one MFA method must be enabled to set MFA configuration to ON or OPTIONAL; LocalCognito supports SOFTWARE_TOKEN_MFA.");
                }

                pool.MfaConfiguration = mfa;
            }
            pool.LastModifiedDate = time.GetUtcNow();
            store.SavePool(pool);
            return GetUserPoolMfaConfig.Describe(pool);
        }
    }
}
