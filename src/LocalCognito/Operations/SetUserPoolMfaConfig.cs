using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class SetUserPoolMfaConfig(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "SetUserPoolMfaConfig";

    public JsonObject Execute(JsonObject request)
    {
        var poolId = request.Required("UserPoolId");
        var changed = store.UpdatePool(poolId, () => Errors.PoolNotFound(poolId), pool =>
        {
            if (request.OptionalObject("SoftwareTokenMfaConfiguration")?.Bool("Enabled") is { } enabled)
            {
                pool.SoftwareTokenMfaEnabled = enabled;
            }

            if (request.OptionalString("MfaConfiguration") is { } mfa)
            {
                if (mfa != "OFF" && !pool.SoftwareTokenMfaEnabled)
                {
                    throw Errors.InvalidParameter("At least one MFA method must be enabled to set MFA configuration to ON or OPTIONAL; LocalCognito supports SOFTWARE_TOKEN_MFA.");
                }

                pool.MfaConfiguration = mfa;
            }

            pool.LastModifiedDate = time.GetUtcNow();
        });
        return GetUserPoolMfaConfig.Describe(changed);
    }
}
