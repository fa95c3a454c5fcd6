using System.Text.Json.Nodes;
using LocalCognito.Protocol;

namespace LocalCognito.Operations;

/// <summary>
/// Cognito's documented token lifetimes for an app client: access and ID tokens 5 minutes to 1 day, refresh tokens
/// 60 minutes to 10 years (0 means the default). Checked in seconds after applying TokenValidityUnits, so a value
/// that is in range for the model but not in its unit (e.g. 315360000 days) is refused instead of overflowing.
/// </summary>
public static class TokenValidityRules
{
    private const long Minute = 60, Hour = 3600, Day = 86400;

    /// <exception cref="CognitoException">InvalidParameterException "Invalid range for token validity."</exception>
    public static void Check(JsonObject request)
    {
        CheckOne(request, "AccessTokenValidity", "AccessToken", "hours", 5 * Minute, Day, zeroMeansDefault: false);
        CheckOne(request, "IdTokenValidity", "IdToken", "hours", 5 * Minute, Day, zeroMeansDefault: false);
        CheckOne(request, "RefreshTokenValidity", "RefreshToken", "days", Hour, 3650 * Day, zeroMeansDefault: true);
    }

    private static void CheckOne(JsonObject request, string member, string unitMember, string defaultUnit, long min, long max, bool zeroMeansDefault)
    {
        if (request.Int(member) is not { } value || (value == 0 && zeroMeansDefault))
        {
            return;
        }

        var unit = request.OptionalObject("TokenValidityUnits")?.OptionalString(unitMember) ?? defaultUnit;
        var seconds = value * unit switch
        {
            "seconds" => 1,
            "minutes" => Minute,
            "hours" => Hour,
            _ => Day,
        };
        if (seconds < min || seconds > max)
        {
            throw Errors.InvalidParameter("Invalid range for token validity.");
        }
    }
}
