namespace LocalCognito.Auth;

/// <summary>
/// The hourly per-user limits on what a stolen access token or a known user name could otherwise repeat without end:
/// password changes (Cognito's quota: 5 ChangePassword calls per user per hour), and requests plus entries of each kind
/// of code (Cognito's "Forgot password behavior": between 5 and 20 an hour). Each kind has its own count.
/// </summary>
public sealed class AttemptLimits(TimeProvider time, LockoutSettings settings)
{
    /// <summary>ChangePassword calls.</summary>
    public HourlyAttemptLimit PasswordChanges { get; } = new(time, settings.Enabled, settings.PasswordChangesPerHour);

    /// <summary>ForgotPassword requests plus ConfirmForgotPassword entries (AdminResetUserPassword, an admin action, does not count).</summary>
    public HourlyAttemptLimit PasswordResetCodes { get; } = new(time, settings.Enabled, settings.CodeAttemptsPerHour);

    /// <summary>GetUserAttributeVerificationCode requests plus VerifyUserAttribute entries.</summary>
    public HourlyAttemptLimit AttributeVerificationCodes { get; } = new(time, settings.Enabled, settings.CodeAttemptsPerHour);

    /// <summary>ResendConfirmationCode requests plus ConfirmSignUp entries.</summary>
    public HourlyAttemptLimit SignUpConfirmationCodes { get; } = new(time, settings.Enabled, settings.CodeAttemptsPerHour);
}
