namespace CognitoMfaScenario.Mfa;

/// <summary>RFC 6238 time steps as Cognito uses them: 30 seconds each, counted from the Unix epoch.</summary>
public static class TotpClock
{
    public const int StepSeconds = 30;

    /// <summary>The time step the given instant falls in.</summary>
    public static long StepAt(DateTimeOffset instant) => instant.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>Seconds until an authenticator shows its next code (1..30).</summary>
    public static int SecondsUntilNextCode(DateTimeOffset instant) =>
        StepSeconds - (int)(instant.ToUnixTimeSeconds() % StepSeconds);
}
