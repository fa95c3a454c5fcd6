namespace LocalCognito.Auth;

/// <summary>
/// The brute-force and flood limits (sign-in lockout, code requests and entries per hour, password changes per hour,
/// bounds on sign-in sessions) and their numbers; <see cref="Enabled"/> false turns every one of them off.
/// </summary>
public sealed record LockoutSettings(bool Enabled)
{
    /// <summary>Cognito's per-user quota: ChangePassword calls per user per hour.</summary>
    public const int DefaultPasswordChangesPerHour = 5;

    /// <summary>Cognito's "Forgot password behavior": between 5 and 20 requests or entries of a code per user per hour.</summary>
    public const int DefaultCodeAttemptsPerHour = 20;

    public const int DefaultMaxAuthSessionsPerUser = 20;
    public const int DefaultMaxAuthSessions = 10_000;

    public int PasswordChangesPerHour { get; init; } = DefaultPasswordChangesPerHour;
    public int CodeAttemptsPerHour { get; init; } = DefaultCodeAttemptsPerHour;
    public int MaxAuthSessionsPerUser { get; init; } = DefaultMaxAuthSessionsPerUser;
    public int MaxAuthSessions { get; init; } = DefaultMaxAuthSessions;

    /// <exception cref="ArgumentOutOfRangeException">A limit is below 1.</exception>
    public static LockoutSettings From(LocalCognitoOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PasswordChangesPerHour, 1, nameof(options.PasswordChangesPerHour));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CodeAttemptsPerHour, 1, nameof(options.CodeAttemptsPerHour));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAuthSessionsPerUser, 1, nameof(options.MaxAuthSessionsPerUser));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAuthSessions, 1, nameof(options.MaxAuthSessions));
        return new LockoutSettings(options.Lockouts)
        {
            PasswordChangesPerHour = options.PasswordChangesPerHour,
            CodeAttemptsPerHour = options.CodeAttemptsPerHour,
            MaxAuthSessionsPerUser = options.MaxAuthSessionsPerUser,
            MaxAuthSessions = options.MaxAuthSessions,
        };
    }
}
