using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Turns MFA factors on or off and sets MfaConfiguration. A factor left out of the request keeps its setting.
/// Email MFA follows the documented requirements: the Essentials or Plus plan and email sent through Amazon SES.
/// </summary>
public sealed class SetUserPoolMfaConfig(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "SetUserPoolMfaConfig";

    public JsonObject Execute(JsonObject request)
    {
        var poolId = request.Required("UserPoolId");
        var changed = store.UpdatePool(poolId, () => Errors.PoolNotFound(poolId), pool =>
        {
            if (request.OptionalObject("SmsMfaConfiguration") is not null)
            {
                throw Errors.InvalidParameter("SMS configuration and Auto verification for phone_number are required when MFA is required/optional; LocalCognito does not send SMS.");
            }

            if (request.OptionalObject("SoftwareTokenMfaConfiguration")?.Bool("Enabled") is { } enabled)
            {
                pool.SoftwareTokenMfaEnabled = enabled;
            }

            if (request.OptionalObject("EmailMfaConfiguration") is { } email)
            {
                PoolFeatureRules.RequireEmailMfaAllowed(pool);
                pool.EmailMfaEnabled = true;
                pool.EmailMfaSubject = email.OptionalString("Subject");
                pool.EmailMfaMessage = email.OptionalString("Message");
            }

            if (request.OptionalString("MfaConfiguration") is { } mfa)
            {
                if (mfa != "OFF" && !pool.SoftwareTokenMfaEnabled && !pool.EmailMfaEnabled)
                {
                    throw Errors.InvalidParameter("At least one MFA method must be enabled to set MFA configuration to ON or OPTIONAL; LocalCognito supports SOFTWARE_TOKEN_MFA and EMAIL_OTP.");
                }

                if (mfa == "ON")
                {
                    PoolFeatureRules.RequireNoPasswordlessFirstFactor(pool.AllowedFirstAuthFactors);
                }

                pool.MfaConfiguration = mfa;
            }

            pool.LastModifiedDate = time.GetUtcNow();
        });
        return GetUserPoolMfaConfig.Describe(changed);
    }
}
