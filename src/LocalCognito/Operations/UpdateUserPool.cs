using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Replaces a pool's settings as Cognito documents: a member left out of the request returns to its default
/// (MfaConfiguration to OFF, Policies to the default password policy and PASSWORD-only sign-in). What UpdateUserPool
/// cannot change stays: the schema, username settings and name (unless PoolName is given), the MFA factors set by
/// SetUserPoolMfaConfig, and the feature plan and tags when UserPoolTier or UserPoolTags are left out (tags are
/// managed by TagResource too, so leaving them out does not remove them).
/// </summary>
public sealed class UpdateUserPool(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    private static readonly string[] Kept = ["Schema", "UsernameAttributes", "AliasAttributes", "UsernameConfiguration", "UserPoolTier", "UserPoolTags"];

    public string Name => "UpdateUserPool";

    public JsonObject Execute(JsonObject request)
    {
        var poolId = request.Required("UserPoolId");
        PoolSettingsSupport.Check(request);
        store.UpdatePool(poolId, () => Errors.PoolNotFound(poolId), pool =>
        {
            var settings = (JsonObject)request.DeepClone();
            foreach (var member in new[] { "UserPoolId", "PoolName", "MfaConfiguration" })
            {
                settings.Remove(member);
            }

            foreach (var member in Kept.Where(member => settings[member] is null && pool.Settings[member] is not null))
            {
                settings[member] = pool.Settings[member]!.DeepClone();
            }

            pool.Settings = settings;
            pool.Name = request.OptionalString("PoolName") ?? pool.Name;
            var mfa = request.OptionalString("MfaConfiguration") ?? "OFF";
            if (mfa != "OFF" && !pool.SoftwareTokenMfaEnabled && !pool.EmailMfaEnabled)
            {
                throw Errors.InvalidParameter("At least one MFA method must be enabled to set MFA configuration to ON or OPTIONAL; LocalCognito supports SOFTWARE_TOKEN_MFA and EMAIL_OTP.");
            }

            pool.MfaConfiguration = mfa;
            if (pool.EmailMfaEnabled)
            {
                PoolFeatureRules.RequireEmailMfaAllowed(pool);
            }

            PoolFeatureRules.RequireValidSignInPolicy(pool);
            TagRules.Check(pool.Tags());
            pool.LastModifiedDate = time.GetUtcNow();
        });
        return new JsonObject();
    }
}
