using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;
using LocalCognito.Triggers;

namespace LocalCognito.Operations;

/// <summary>
/// The pool settings (CreateUserPool, UpdateUserPool) LocalCognito does not emulate, refused with an
/// InvalidParameterException that names them, so an app never passes locally on a setting that is silently ignored.
/// docs/local-cognito.md lists every setting and what LocalCognito does with it.
/// </summary>
public static class PoolSettingsSupport
{
    private const string NoSms = "LocalCognito does not send SMS";

    public static void Check(JsonObject request)
    {
        if (request["UsernameAttributes"] is JsonArray { Count: > 0 } && request["AliasAttributes"] is JsonArray { Count: > 0 })
        {
            throw SignInNameErrors.UsernameAndAliasAttributes();
        }

        if (request["LambdaConfig"] is JsonObject triggers)
        {
            EmulatedTriggers.Check(triggers);
        }

        if (request["SmsConfiguration"] is JsonObject)
        {
            throw NotEmulated($"SmsConfiguration: {NoSms} (SMS MFA, SMS_OTP and phone number verification codes are not emulated).");
        }

        if (Contains(request["AutoVerifiedAttributes"], SignInNames.PhoneNumber))
        {
            throw NotEmulated($"AutoVerifiedAttributes phone_number: {NoSms}, so it cannot verify phone numbers by code (an administrator can set phone_number_verified).");
        }

        if (Contains(request["UserAttributeUpdateSettings"]?["AttributesRequireVerificationBeforeUpdate"], SignInNames.PhoneNumber))
        {
            throw NotEmulated($"AttributesRequireVerificationBeforeUpdate phone_number: {NoSms}, so a new phone number could never be verified.");
        }

        if (request["UserPoolAddOns"] is JsonObject addOns
            && (addOns["AdvancedSecurityMode"]?.GetValue<string>() == "ENFORCED" || addOns["AdvancedSecurityAdditionalFlows"] is not null))
        {
            // AUDIT is emulated: sign-in events are recorded for AdminListUserAuthEvents, and nothing is blocked.
            throw NotEmulated("UserPoolAddOns (threat protection with AdvancedSecurityMode ENFORCED or AdvancedSecurityAdditionalFlows): LocalCognito only records sign-in events, as AUDIT does, and never blocks one; use AUDIT or OFF.");
        }

        if (request["Policies"]?["PasswordPolicy"]?["PasswordHistorySize"]?.GetValue<int>() is > 0)
        {
            throw NotEmulated("PasswordPolicy.PasswordHistorySize: LocalCognito does not keep a password history.");
        }

        if (Contains(request["Policies"]?["SignInPolicy"]?["AllowedFirstAuthFactors"], "WEB_AUTHN"))
        {
            throw NotEmulated("AllowedFirstAuthFactors WEB_AUTHN: LocalCognito does not emulate passkeys yet.");
        }

        if (request["VerificationMessageTemplate"]?["DefaultEmailOption"]?.GetValue<string>() == "CONFIRM_WITH_LINK")
        {
            throw NotEmulated("VerificationMessageTemplate.DefaultEmailOption CONFIRM_WITH_LINK: LocalCognito confirms with codes only (CONFIRM_WITH_CODE).");
        }
    }

    private static bool Contains(JsonNode? list, string value) =>
        list is JsonArray items && items.Any(item => item?.GetValue<string>() == value);

    private static CognitoException NotEmulated(string what) => Errors.InvalidParameter("Not emulated by LocalCognito: " + what);
}
