using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// The documented preconditions of email MFA and choice-based sign-in (USER_AUTH): the Essentials or Plus plan, email
/// sent through the pool's Amazon SES identity (EmailSendingAccount DEVELOPER), and no passwordless first factor
/// where MFA is required. Cognito does not publish the wording of these errors; the messages are ours.
/// </summary>
public static class PoolFeatureRules
{
    private static readonly HashSet<string> Passwordless = ["EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"];

    public static void RequireEmailMfaAllowed(UserPool pool)
    {
        if (!pool.TierHasChoiceBasedSignIn)
        {
            throw NotInTier("Email MFA", pool.Tier);
        }

        if (!pool.SendsEmailThroughSes)
        {
            throw Errors.InvalidParameter("Email MFA needs the user pool to send email with Amazon SES: set EmailConfiguration.EmailSendingAccount to DEVELOPER with a verified SourceArn.");
        }
    }

    /// <summary>Checks a pool's SignInPolicy (CreateUserPool, UpdateUserPool) against its plan, email and MFA settings.</summary>
    public static void RequireValidSignInPolicy(UserPool pool)
    {
        var factors = pool.AllowedFirstAuthFactors;
        if (factors.Any(factor => factor != "PASSWORD") && !pool.TierHasChoiceBasedSignIn)
        {
            throw NotInTier("Passwordless sign-in (AllowedFirstAuthFactors other than PASSWORD)", pool.Tier);
        }

        if (factors.Contains("SMS_OTP"))
        {
            throw Errors.InvalidParameter("SMS_OTP needs an SMS configuration; LocalCognito does not send SMS, so SMS_OTP cannot be a first factor.");
        }

        if (factors.Contains("EMAIL_OTP") && !pool.SendsEmailThroughSes)
        {
            throw Errors.InvalidParameter("EMAIL_OTP sign-in needs the user pool to send email with Amazon SES: set EmailConfiguration.EmailSendingAccount to DEVELOPER with a verified SourceArn.");
        }

        if (pool.MfaConfiguration == "ON")
        {
            RequireNoPasswordlessFirstFactor(factors);
        }
    }

    /// <summary>Passwordless first factors cannot sign in where MFA is required.</summary>
    public static void RequireNoPasswordlessFirstFactor(IEnumerable<string> factors)
    {
        var passwordless = factors.Where(Passwordless.Contains).ToList();
        if (passwordless.Count > 0)
        {
            throw Errors.InvalidParameter($"Passwordless first factors ({string.Join(", ", passwordless)}) cannot be allowed while MFA is required (MfaConfiguration ON).");
        }
    }

    private static CognitoException NotInTier(string feature, string tier) =>
        new("FeatureUnavailableInTierException", $"{feature} is not available in the {tier} tier; it needs the ESSENTIALS or PLUS tier.");
}
