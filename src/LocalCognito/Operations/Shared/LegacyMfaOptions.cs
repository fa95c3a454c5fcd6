using System.Text.Json.Nodes;
using LocalCognito.Protocol;

namespace LocalCognito.Operations;

/// <summary>
/// The MFAOptions of (Admin)SetUserSettings, the legacy way to turn SMS MFA on or off. Cognito accepts only SMS there;
/// LocalCognito does not emulate SMS MFA, so the only setting it can honour is the empty list (no SMS MFA), which is
/// what every LocalCognito user already has. An SMS option is refused rather than accepted and ignored.
/// </summary>
public static class LegacyMfaOptions
{
    public static void RequireNone(JsonObject request)
    {
        foreach (var option in (request["MFAOptions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (option.OptionalString("DeliveryMedium") != "SMS")
            {
                throw Errors.InvalidParameter("MFAOptions can only set SMS as the DeliveryMedium; email MFA is set with SetUserMFAPreference.");
            }

            throw Errors.InvalidParameter("LocalCognito does not emulate SMS MFA, so MFAOptions with DeliveryMedium SMS cannot be set; use SetUserMFAPreference for TOTP or email MFA.");
        }
    }
}
