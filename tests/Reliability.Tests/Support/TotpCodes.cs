using OtpNet;

namespace Reliability.Tests.Support;

/// <summary>
/// RFC 6238 codes (SHA-1, 6 digits, 30 s) computed with Otp.NET, an implementation LocalCognito does not share.
/// Cognito accepts a code one step early or late, and each step only once per user.
/// </summary>
public static class TotpCodes
{
    public const int StepSeconds = 30;

    public static long CurrentStep(DateTimeOffset now) => now.ToUnixTimeSeconds() / StepSeconds;

    public static string ForStep(string base32Secret, long step) =>
        new Totp(Base32Encoding.ToBytes(base32Secret)).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * StepSeconds).UtcDateTime);

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
