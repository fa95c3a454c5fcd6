using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Applies SoftwareTokenMfaSettings / SMSMfaSettings / EmailMfaSettings to a user (Admin)SetUserMFAPreference).</summary>
public static class MfaPreference
{
    public static void Apply(UserPool pool, User user, JsonObject request)
    {
        foreach (var other in new[] { "SMSMfaSettings", "EmailMfaSettings" })
        {
            if (request.OptionalObject(other)?.Bool("Enabled") == true || request.OptionalObject(other)?.Bool("PreferredMfa") == true)
            {
                throw Errors.InvalidParameter($"LocalCognito supports software token MFA only; {other} cannot be enabled.");
            }
        }

        if (request.OptionalObject("SoftwareTokenMfaSettings") is not { } settings)
        {
            return;
        }

        var enabled = settings.Bool("Enabled");
        var preferred = settings.Bool("PreferredMfa");
        if ((enabled == true || preferred == true) && user.TotpSecret is null)
        {
            throw Errors.InvalidParameter("User has not verified software token mfa");
        }

        // With MFA required, TOTP (the only factor here) cannot be switched off: Cognito answers 200 and keeps it on.
        if (enabled == false && pool.MfaConfiguration == "ON")
        {
            enabled = null;
        }

        if (enabled is { } isEnabled)
        {
            user.TotpEnabled = isEnabled;
        }

        if (preferred is { } isPreferred)
        {
            user.TotpPreferred = isPreferred;
        }
    }
}
