using System.Globalization;

namespace CognitoSrp;

/// <summary>The TIMESTAMP of an SRP password claim, e.g. "Tue Mar 3 07:04:05 UTC 2026".</summary>
public static class SrpTimestamp
{
    // Day of month not zero-padded, as Cognito clients send it; everything else fixed width.
    private const string Pattern = "ddd MMM d HH:mm:ss 'UTC' yyyy";

    /// <summary>Formats the instant in UTC with English day and month names.</summary>
    public static string Format(DateTimeOffset utc) =>
        utc.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);
}
