using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Applies SoftwareTokenMfaSettings / EmailMfaSettings ((Admin)SetUserMFAPreference). Only one factor can be preferred;
/// preferring one clears the other. SMS MFA is not emulated.
/// </summary>
public static class MfaPreference
{
    public static void Apply(UserPool pool, User user, JsonObject request)
    {
        var sms = request.OptionalObject("SMSMfaSettings");
        if (sms?.Bool("Enabled") == true || sms?.Bool("PreferredMfa") == true)
        {
            throw Errors.InvalidParameter("LocalCognito does not emulate SMS MFA; SMSMfaSettings cannot be enabled.");
        }

        var totp = request.OptionalObject("SoftwareTokenMfaSettings");
        var email = request.OptionalObject("EmailMfaSettings");
        if (totp?.Bool("PreferredMfa") == true && email?.Bool("PreferredMfa") == true)
        {
            throw Errors.InvalidParameter("Only one MFA method can be preferred.");
        }

        var hadFactor = user.HasSoftwareTokenMfa || user.HasEmailMfa;
        var (totpWasEnabled, emailWasEnabled) = (user.TotpEnabled, user.EmailMfaEnabled);
        if (totp is not null)
        {
            ApplySoftwareToken(user, totp);
        }

        if (email is not null)
        {
            ApplyEmail(pool, user, email);
        }

        // With MFA required, the last factor cannot be switched off: Cognito answers 200 and keeps it, so a user can
        // never fall back into MFA_SETUP.
        if (pool.MfaConfiguration == "ON" && hadFactor && !user.HasSoftwareTokenMfa && !user.HasEmailMfa)
        {
            user.TotpEnabled = totpWasEnabled;
            user.EmailMfaEnabled = emailWasEnabled;
        }
    }

    private static void ApplySoftwareToken(User user, JsonObject settings)
    {
        var enabled = settings.Bool("Enabled");
        var preferred = settings.Bool("PreferredMfa");
        if ((enabled == true || preferred == true) && user.TotpSecret is null)
        {
            throw Errors.InvalidParameter("User has not verified software token mfa");
        }

        if (enabled is { } isEnabled)
        {
            user.TotpEnabled = isEnabled;
        }

        if (preferred is { } isPreferred)
        {
            user.TotpPreferred = isPreferred;
            user.EmailMfaPreferred &= !isPreferred;
        }
    }

    private static void ApplyEmail(UserPool pool, User user, JsonObject settings)
    {
        var enabled = settings.Bool("Enabled");
        var preferred = settings.Bool("PreferredMfa");
        if (enabled == true || preferred == true)
        {
            if (!pool.EmailMfaEnabled)
            {
                throw Errors.InvalidParameter("Email MFA is not enabled for this user pool (SetUserPoolMfaConfig EmailMfaConfiguration).");
            }

            if (user.GetAttribute("email") is null)
            {
                throw Errors.InvalidParameter("User does not have an email address to send email MFA codes to.");
            }
        }

        if (enabled is { } isEnabled)
        {
            user.EmailMfaEnabled = isEnabled;
        }

        if (preferred is { } isPreferred)
        {
            user.EmailMfaPreferred = isPreferred;
            user.TotpPreferred &= !isPreferred;
        }
    }
}
