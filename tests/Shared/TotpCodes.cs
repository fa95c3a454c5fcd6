using OtpNet;

namespace TestSupport;

/// <summary>
/// RFC 6238 codes (SHA-1, 6 digits, 30 s) for tests, computed with Otp.NET. Cognito accepts a code one step early or
/// late, and each step only once per user. Shared by the test projects (linked from tests/Shared).
/// </summary>
public static class TotpCodes
{
    public const int StepSeconds = 30;

    public static long CurrentStep(DateTimeOffset now) => now.ToUnixTimeSeconds() / StepSeconds;

    public static string ForStep(string base32Secret, long step) =>
        new Totp(Base32Encoding.ToBytes(base32Secret)).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * StepSeconds).UtcDateTime);

    /// <summary>What an authenticator shows at <paramref name="now"/>, shifted by whole steps.</summary>
    public static string At(string base32Secret, DateTimeOffset now, int stepOffset = 0) => ForStep(base32Secret, CurrentStep(now) + stepOffset);

    /// <summary>
    /// The step to use next for a user whose last accepted step was <paramref name="lastUsedStep"/>:
    /// the current step, or later when that one is used up (at most one step ahead, which Cognito still accepts).
    /// Null when the user has used every step the server would accept right now.
    /// </summary>
    public static long? NextUsableStep(long lastUsedStep, DateTimeOffset now)
    {
        var current = CurrentStep(now);
        var next = Math.Max(lastUsedStep + 1, current);
        return next <= current + 1 ? next : null;
    }
}
