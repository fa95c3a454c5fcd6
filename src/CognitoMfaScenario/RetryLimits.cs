namespace CognitoMfaScenario;

/// <summary>How often the scenario tries again before it gives up and explains.</summary>
public static class RetryLimits
{
    /// <summary>Wrong or reused codes that are answered with "try again"; the next one ends the step with the error.</summary>
    public const int CodeRetries = 5;

    /// <summary>Fresh sign-ins after a challenge session expired or was used up.</summary>
    public const int SessionRestarts = 3;
}
