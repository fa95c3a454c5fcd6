using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LocalCognito.Outbox;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>Sign-up confirmation codes: 6 digits, valid 24 hours, replaced on resend, 5 wrong tries then LimitExceeded.</summary>
public sealed class ConfirmationCodes(MessageOutbox outbox, TimeProvider time)
{
    public static readonly TimeSpan Validity = TimeSpan.FromHours(24);
    public const int MaxFailedAttempts = 5;

    /// <summary>Gives the user a new code (replacing any earlier one), puts it in the outbox and returns CodeDeliveryDetails.</summary>
    public JsonObject Send(User user)
    {
        var email = user.GetAttribute("email") ?? throw Errors.InvalidParameter("User has no email address to send a code to.");
        var now = time.GetUtcNow();
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        user.ConfirmationCode = new PendingCode(code, now + Validity, FailedAttempts: 0);
        outbox.Send(new OutboxMessage(user.UserPoolId, user.Username, email, MessageOutbox.ConfirmationCodeKind, code, now));
        return new JsonObject
        {
            ["Destination"] = Mask(email),
            ["DeliveryMedium"] = "EMAIL",
            ["AttributeName"] = "email",
        };
    }

    /// <summary>
    /// Checks a code. A wrong one is counted on the user, so the error is returned rather than thrown: the caller
    /// keeps the count and then answers with it. Null means the code was right (and is now used).
    /// </summary>
    public CognitoException? Check(User user, string code)
    {
        if (user.ConfirmationCode is not { } pending)
        {
            return Errors.SignUpCodeMismatch();
        }

        if (pending.FailedAttempts >= MaxFailedAttempts)
        {
            return Errors.AttemptLimitExceeded();
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(pending.Code), Encoding.UTF8.GetBytes(code)))
        {
            user.ConfirmationCode = pending with { FailedAttempts = pending.FailedAttempts + 1 };
            return Errors.SignUpCodeMismatch();
        }

        if (time.GetUtcNow() > pending.ExpiresAt)
        {
            return Errors.SignUpCodeExpired();
        }

        user.ConfirmationCode = null;
        return null;
    }

    /// <summary>"t***@e***": first letter, ***@, first letter of the domain, ***.</summary>
    public static string Mask(string email)
    {
        var atSign = email.IndexOf('@');
        if (atSign <= 0 || atSign == email.Length - 1)
        {
            return email[..1] + "***";
        }

        return $"{email[0]}***@{email[atSign + 1]}***";
    }
}
