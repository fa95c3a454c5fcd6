using OtpNet;

namespace LocalCognito.Auth;

/// <summary>RFC 6238 codes (SHA-1, 6 digits, 30 s) with Cognito's tolerance of one step early or late, and no reuse.</summary>
public sealed class Totp(TimeProvider time)
{
    /// <summary>A new secret: 20 random bytes, 32 base32 characters.</summary>
    public static string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    /// <summary>The time step the code matches within ±1 step, or null for a wrong code.</summary>
    public long? MatchStep(string secretBase32, string code)
    {
        var totp = new OtpNet.Totp(Base32Encoding.ToBytes(secretBase32), step: 30, mode: OtpHashMode.Sha1, totpSize: 6);
        return totp.VerifyTotp(time.GetUtcNow().UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 1))
            ? step
            : null;
    }
}
