using System.Security.Cryptography;
using System.Text;
using LocalCognito.Outbox;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// One-time codes by email for EMAIL_OTP (MFA and passwordless sign-in): 8 digits (Cognito's email one-time codes
/// are 8 digits, and not configurable, as its SDK maintainers confirm), written with the pool's
/// EmailMfaConfiguration subject and message into the outbox. The code lives on the auth session, so it is single
/// use and ends when the session does (AuthSessionValidity, 3 minutes by default).
/// </summary>
public sealed class EmailSignInCodes(MessageOutbox outbox, TimeProvider time)
{
    public const string DefaultSubject = "Your sign-in code";
    public const string DefaultMessage = "Your sign-in code is {####}.";

    /// <summary>Sends a new code and returns it with the challenge parameters that say where it went.</summary>
    public (string Code, Dictionary<string, string> Parameters) Send(UserPool pool, User user, string destination, string kind)
    {
        var code = RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8");
        var message = (pool.EmailMfaMessage ?? DefaultMessage).Replace("{####}", code, StringComparison.Ordinal);
        outbox.Send(new OutboxMessage(pool.Id, user.Username, destination, kind, code, time.GetUtcNow(),
            pool.EmailMfaSubject ?? DefaultSubject, message));
        return (code, new Dictionary<string, string>
        {
            ["CODE_DELIVERY_DELIVERY_MEDIUM"] = "EMAIL",
            ["CODE_DELIVERY_DESTINATION"] = CodeDestinations.MaskEmail(destination),
        });
    }

    public static bool Matches(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
