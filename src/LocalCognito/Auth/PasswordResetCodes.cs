using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LocalCognito.Outbox;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// Password-reset codes (ForgotPassword, AdminResetUserPassword): 6 digits, valid one hour, sent only to a verified
/// email or phone number, replaced by the next request, 5 wrong tries then LimitExceeded until a new code is sent.
/// </summary>
public sealed class PasswordResetCodes(MessageOutbox outbox, TimeProvider time)
{
    public static readonly TimeSpan Validity = TimeSpan.FromHours(1);
    public const int MaxFailedAttempts = 5;

    /// <summary>Gives the user a new reset code, puts it in the outbox and returns CodeDeliveryDetails.</summary>
    public JsonObject Send(UserPool pool, User user)
    {
        var (attribute, destination) = Destination(pool, user) ?? throw LifecycleErrors.NoVerifiedContact();
        var now = time.GetUtcNow();
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        user.PasswordResetCode = new PendingCode(code, now + Validity, FailedAttempts: 0);
        outbox.Send(MessageTemplates.Verification(pool, user, destination, MessageOutbox.PasswordResetCodeKind, code, now));
        return attribute == "email"
            ? Delivery(ConfirmationCodes.Mask(destination), "EMAIL", "email")
            : Delivery(MaskPhone(destination), "SMS", "phone_number");
    }

    /// <summary>Checks a code as <see cref="ConfirmationCodes.Check"/> does: a wrong one is counted, null means it was right (and is used).</summary>
    public CognitoException? Check(User user, string code)
    {
        if (user.PasswordResetCode is not { } pending)
        {
            return Errors.SignUpCodeMismatch();
        }

        if (pending.FailedAttempts >= MaxFailedAttempts)
        {
            return Errors.AttemptLimitExceeded();
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(pending.Code), Encoding.UTF8.GetBytes(code)))
        {
            user.PasswordResetCode = pending with { FailedAttempts = pending.FailedAttempts + 1 };
            return Errors.SignUpCodeMismatch();
        }

        if (time.GetUtcNow() > pending.ExpiresAt)
        {
            return Errors.SignUpCodeExpired();
        }

        user.PasswordResetCode = null;
        return null;
    }

    /// <summary>
    /// The verified contact the code goes to: in the order of the pool's AccountRecoverySetting, or (without one)
    /// phone before email, as Cognito's legacy behaviour does. admin_only allows no self-service channel.
    /// An email used for email MFA is not a recovery channel when the pool has a recovery setting.
    /// </summary>
    private static (string Attribute, string Value)? Destination(UserPool pool, User user)
    {
        IEnumerable<string> order = ["verified_phone_number", "verified_email"];
        if (pool.Settings["AccountRecoverySetting"]?["RecoveryMechanisms"] is JsonArray mechanisms)
        {
            order = mechanisms.OfType<JsonObject>()
                .OrderBy(mechanism => mechanism["Priority"]?.GetValue<int>() ?? int.MaxValue)
                .Select(mechanism => mechanism["Name"]?.GetValue<string>() ?? "")
                // With a recovery setting, an email that is also the user's MFA factor does not qualify (API reference).
                .Where(mechanism => !(mechanism == "verified_email" && user.HasEmailMfa))
                .ToList();
        }

        foreach (var mechanism in order)
        {
            var attribute = mechanism switch
            {
                "verified_email" => "email",
                "verified_phone_number" => "phone_number",
                _ => null,
            };
            if (attribute is not null && user.GetAttribute(attribute + "_verified") == "true" && user.GetAttribute(attribute) is { } value)
            {
                return (attribute, value);
            }
        }

        return null;
    }

    internal static JsonObject Delivery(string destination, string medium, string attribute) => new()
    {
        ["Destination"] = destination,
        ["DeliveryMedium"] = medium,
        ["AttributeName"] = attribute,
    };

    private static string MaskPhone(string phone) =>
        phone.Length <= 4 ? "+***" : "+" + new string('*', Math.Max(phone.Length - 5, 1)) + phone[^4..];
}
