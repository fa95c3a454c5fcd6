namespace CognitoMfaScenario.Ui;

/// <summary>Makes long secrets and tokens readable, or safe, on screen.</summary>
public static class SecretFormatter
{
    /// <summary>"JBSWY3DPEHPK3PXP" becomes "JBSW Y3DP EHPK 3PXP": easier to type into an authenticator app.</summary>
    public static string Group(string secret, int groupSize = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(groupSize, 1);
        var compact = secret.Replace(" ", "", StringComparison.Ordinal);
        return string.Join(' ', compact.Chunk(groupSize).Select(chunk => new string(chunk)));
    }

    /// <summary>Shows the start and the end of a token so it can be recognised but not used.</summary>
    public static string Truncate(string? token, int keep = 12)
    {
        if (string.IsNullOrEmpty(token))
        {
            return "(none)";
        }

        return token.Length <= keep * 2
            ? new string('*', token.Length)
            : $"{token[..keep]}…{token[^keep..]} ({token.Length} chars)";
    }
}
