using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LocalCognito.Outbox;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// Sign-up confirmation codes: 6 digits, valid 24 hours, replaced on resend. 5 wrong tries, then LimitExceeded for
/// 15 minutes; a resend keeps the count (with lockouts off, as before: the count lasts until a resend).
/// </summary>
public sealed class ConfirmationCodes(MessageOutbox outbox, TimeProvider time, LockoutSettings lockouts)
{
    public static readonly TimeSpan Validity = TimeSpan.FromHours(24);
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan RetryPause = TimeSpan.FromMinutes(15);

    /// <summary>Gives the user a new code (replacing any earlier one), puts it in the outbox and returns CodeDeliveryDetails.</summary>
    public JsonObject Send(UserPool pool, User user)
    {
        var email = user.GetAttribute("email") ?? throw Errors.InvalidParameter("User has no email address to send a code to.");
        var now = time.GetUtcNow();
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        var earlier = lockouts.Enabled ? user.ConfirmationCode : null; // a resend must not buy more guesses
        user.ConfirmationCode = new PendingCode(code, now + Validity, earlier?.FailedAttempts ?? 0, earlier?.RetryAfter);
        outbox.Send(MessageTemplates.Verification(pool, user, email, MessageOutbox.ConfirmationCodeKind, code, now));
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

        var now = time.GetUtcNow();
        if (pending.FailedAttempts >= MaxFailedAttempts)
        {
            if (!lockouts.Enabled || now < pending.RetryAfter)
            {
                return Errors.AttemptLimitExceeded();
            }

            pending = pending with { FailedAttempts = 0, RetryAfter = null }; // the pause is over
            user.ConfirmationCode = pending;
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(pending.Code), Encoding.UTF8.GetBytes(code)))
        {
            var failures = pending.FailedAttempts + 1;
            user.ConfirmationCode = pending with
            {
                FailedAttempts = failures,
                RetryAfter = failures >= MaxFailedAttempts ? now + RetryPause : null,
            };
            return Errors.SignUpCodeMismatch();
        }

        if (now > pending.ExpiresAt)
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
