using OtpNet;

namespace CognitoMfaScenario.Mfa;

/// <summary>
/// A stand-in for an authenticator app, for people without one and for unattended runs.
/// Cognito rejects a code whose time step was already used but accepts one step early, so
/// after a code was used this hands out the next step's code instead of waiting up to
/// 30 seconds for a fresh one.
/// </summary>
public sealed class BuiltInAuthenticator
{
    private readonly Totp _totp;
    private readonly TimeProvider _timeProvider;
    private long _lastUsedStep = long.MinValue;

    /// <param name="base32Secret">The SecretCode from AssociateSoftwareToken.</param>
    /// <param name="timeProvider">The clock (a fake one in tests).</param>
    public BuiltInAuthenticator(string base32Secret, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(base32Secret);
        _totp = new Totp(Base32Encoding.ToBytes(base32Secret.Replace(" ", "", StringComparison.Ordinal)));
        _timeProvider = timeProvider;
    }

    /// <summary>A code that has not been used yet and that the server accepts now; the step is marked used.</summary>
    /// <exception cref="InvalidOperationException">Every code acceptable right now was already used.</exception>
    public string NextCode()
    {
        var now = _timeProvider.GetUtcNow();
        var current = TotpClock.StepAt(now);
        var step = Math.Max(current, _lastUsedStep + 1);
        if (step > current + 1)
        {
            throw new InvalidOperationException(
                $"The built-in authenticator already used every code that is valid now; the next one comes in {TotpClock.SecondsUntilNextCode(now)} s.");
        }

        _lastUsedStep = step;
        return CodeForStep(step);
    }

    /// <summary>Whether <see cref="NextCode"/> has an unused code now (false after both acceptable codes were used).</summary>
    public bool HasUnusedCode()
    {
        var current = TotpClock.StepAt(_timeProvider.GetUtcNow());
        return Math.Max(current, _lastUsedStep + 1) <= current + 1;
    }

    /// <summary>The code for one time step (no bookkeeping).</summary>
    public string CodeForStep(long step) =>
        _totp.ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * TotpClock.StepSeconds).UtcDateTime);
}
