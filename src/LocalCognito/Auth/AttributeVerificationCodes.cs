using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LocalCognito.Outbox;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// Codes that verify an email address (GetUserAttributeVerificationCode, attribute updates): 6 digits, valid 24 hours,
/// replaced when a new one is sent, 5 wrong tries then LimitExceeded until a new code.
/// </summary>
public sealed class AttributeVerificationCodes(MessageOutbox outbox, TimeProvider time)
{
    public const string VerificationCodeKind = "VERIFICATION_CODE";
    public static readonly TimeSpan Validity = TimeSpan.FromHours(24);
    public const int MaxFailedAttempts = 5;

    /// <summary>Sends a code for the attribute to its pending value (if any) or current value; returns CodeDeliveryDetails.</summary>
    public JsonObject Send(UserPool pool, User user, string attributeName)
    {
        if (attributeName != "email")
        {
            throw Errors.InvalidParameter($"LocalCognito verifies email only; it cannot send a code for {attributeName}.");
        }

        var destination = user.PendingAttributes.GetValueOrDefault(attributeName) ?? user.GetAttribute(attributeName)
                          ?? throw Errors.InvalidParameter($"User has no {attributeName} to verify.");
        var now = time.GetUtcNow();
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        user.VerificationCodes[attributeName] = new PendingCode(code, now + Validity, FailedAttempts: 0);
        outbox.Send(MessageTemplates.Verification(pool, user, destination, VerificationCodeKind, code, now));
        return new JsonObject
        {
            ["Destination"] = ConfirmationCodes.Mask(destination),
            ["DeliveryMedium"] = "EMAIL",
            ["AttributeName"] = attributeName,
        };
    }

    /// <summary>
    /// Checks a code; a wrong one is counted on the user, so the error is returned for the caller to throw after the
    /// count is stored. Null means the code was right (and is now used).
    /// </summary>
    public CognitoException? Check(User user, string attributeName, string code)
    {
        if (!user.VerificationCodes.TryGetValue(attributeName, out var pending))
        {
            return Errors.SignUpCodeMismatch();
        }

        if (pending.FailedAttempts >= MaxFailedAttempts)
        {
            return Errors.AttemptLimitExceeded();
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(pending.Code), Encoding.UTF8.GetBytes(code)))
        {
            user.VerificationCodes[attributeName] = pending with { FailedAttempts = pending.FailedAttempts + 1 };
            return Errors.SignUpCodeMismatch();
        }

        if (time.GetUtcNow() > pending.ExpiresAt)
        {
            return Errors.SignUpCodeExpired();
        }

        user.VerificationCodes.Remove(attributeName);
        return null;
    }
}
