using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LocalCognito.Outbox;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>What a one-time code is for; each purpose keeps its own pending code on the user.</summary>
public enum CodePurpose
{
    /// <summary>SignUp / ResendConfirmationCode: 24 hours; after 5 wrong tries a 15-minute pause, which a resend does not end.</summary>
    SignUpConfirmation,
    /// <summary>ForgotPassword / AdminResetUserPassword: one hour; after 5 wrong tries none is accepted until a new code.</summary>
    PasswordReset,
    /// <summary>GetUserAttributeVerificationCode, attribute updates: 24 hours; after 5 wrong tries none until a new code.</summary>
    AttributeVerification,
}

/// <summary>A code given to a user: the message to put in the outbox once the user is stored, and the CodeDeliveryDetails.</summary>
public sealed record IssuedCode(OutboxMessage Message, JsonObject Delivery);

/// <summary>
/// The one-time codes users type back (6 digits): issued onto a copy of the user inside a store change, checked there
/// with each wrong try counted on the user, and delivered to the outbox only after the change is stored.
/// </summary>
public sealed class OneTimeCodes(MessageOutbox outbox, TimeProvider time, LockoutSettings lockouts)
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan ConfirmationValidity = TimeSpan.FromHours(24);
    public static readonly TimeSpan PasswordResetValidity = TimeSpan.FromHours(1);
    public static readonly TimeSpan VerificationValidity = TimeSpan.FromHours(24);
    public static readonly TimeSpan ConfirmationRetryPause = TimeSpan.FromMinutes(15);
    public const string VerificationCodeKind = "VERIFICATION_CODE";

    /// <summary>A new sign-up confirmation code to the user's email, replacing any earlier one.</summary>
    public IssuedCode IssueConfirmation(UserPool pool, User user)
    {
        var email = user.GetAttribute("email") ?? throw Errors.InvalidParameter("User has no email address to send a code to.");
        var earlier = lockouts.Enabled ? user.ConfirmationCode : null; // a resend must not buy more guesses
        var (code, pending) = NewCode(ConfirmationValidity, earlier);
        user.ConfirmationCode = pending;
        return Issued(pool, user, email, MessageOutbox.ConfirmationCodeKind, code, CodeDestinations.Delivery(CodeDestinations.MaskEmail(email), "EMAIL", "email"));
    }

    /// <summary>A new password-reset code to the user's verified recovery contact, replacing any earlier one and its count.</summary>
    public IssuedCode IssuePasswordReset(UserPool pool, User user)
    {
        var (attribute, destination) = CodeDestinations.Recovery(pool, user) ?? throw LifecycleErrors.NoVerifiedContact();
        var (code, pending) = NewCode(PasswordResetValidity, earlier: null);
        user.PasswordResetCode = pending;
        var delivery = attribute == "email"
            ? CodeDestinations.Delivery(CodeDestinations.MaskEmail(destination), "EMAIL", "email")
            : CodeDestinations.Delivery(CodeDestinations.MaskPhone(destination), "SMS", "phone_number");
        return Issued(pool, user, destination, MessageOutbox.PasswordResetCodeKind, code, delivery);
    }

    /// <summary>A new code verifying the attribute's pending value (if any) or current value.</summary>
    public IssuedCode IssueVerification(UserPool pool, User user, string attributeName)
    {
        if (attributeName != "email")
        {
            throw Errors.InvalidParameter($"LocalCognito verifies email only; it cannot send a code for {attributeName}.");
        }

        var destination = user.PendingAttributes.GetValueOrDefault(attributeName) ?? user.GetAttribute(attributeName)
                          ?? throw Errors.InvalidParameter($"User has no {attributeName} to verify.");
        var (code, pending) = NewCode(VerificationValidity, earlier: null);
        user.VerificationCodes[attributeName] = pending;
        return Issued(pool, user, destination, VerificationCodeKind, code,
            CodeDestinations.Delivery(CodeDestinations.MaskEmail(destination), "EMAIL", attributeName));
    }

    /// <summary>Puts an issued code in the outbox (after the change that issued it is stored) and returns its CodeDeliveryDetails.</summary>
    public JsonObject Deliver(IssuedCode issued)
    {
        outbox.Send(issued.Message);
        return issued.Delivery;
    }

    /// <summary>
    /// Checks an answer against the user's pending code for <paramref name="purpose"/>, on a copy of the user inside a
    /// store change: a wrong answer is counted on the user, so the error is returned (for the caller to throw once the
    /// count is stored) rather than thrown. Null means the code was right, and it is now used.
    /// </summary>
    public CognitoException? Check(User user, CodePurpose purpose, string given, string? attributeName = null)
    {
        var pending = purpose switch
        {
            CodePurpose.SignUpConfirmation => user.ConfirmationCode,
            CodePurpose.PasswordReset => user.PasswordResetCode,
            _ => user.VerificationCodes.GetValueOrDefault(attributeName!),
        };
        // Only sign-up codes pause and then take guesses again (with lockouts on); the others wait for a new code.
        var retryPause = purpose == CodePurpose.SignUpConfirmation && lockouts.Enabled ? ConfirmationRetryPause : (TimeSpan?)null;
        var (stored, rejection) = Answer(pending, given, time.GetUtcNow(), retryPause);
        switch (purpose)
        {
            case CodePurpose.SignUpConfirmation:
                user.ConfirmationCode = stored;
                break;
            case CodePurpose.PasswordReset:
                user.PasswordResetCode = stored;
                break;
            default:
                if (stored is null)
                {
                    user.VerificationCodes.Remove(attributeName!);
                }
                else
                {
                    user.VerificationCodes[attributeName!] = stored;
                }

                break;
        }

        return rejection;
    }

    /// <summary>The rule every code shares: the attempt limit, then the code itself, then its expiry.</summary>
    private static (PendingCode? Stored, CognitoException? Rejection) Answer(PendingCode? pending, string given, DateTimeOffset now, TimeSpan? retryPause)
    {
        if (pending is null)
        {
            return (null, Errors.SignUpCodeMismatch());
        }

        if (pending.FailedAttempts >= MaxFailedAttempts)
        {
            if (retryPause is null || now < pending.RetryAfter)
            {
                return (pending, Errors.AttemptLimitExceeded());
            }

            pending = pending with { FailedAttempts = 0, RetryAfter = null }; // the pause is over
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(pending.Code), Encoding.UTF8.GetBytes(given)))
        {
            var failures = pending.FailedAttempts + 1;
            var retryAfter = failures >= MaxFailedAttempts && retryPause is { } pause ? now + pause : (DateTimeOffset?)null;
            return (pending with { FailedAttempts = failures, RetryAfter = retryAfter }, Errors.SignUpCodeMismatch());
        }

        return now > pending.ExpiresAt ? (pending, Errors.SignUpCodeExpired()) : (null, null);
    }

    private (string Code, PendingCode Pending) NewCode(TimeSpan validity, PendingCode? earlier)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        return (code, new PendingCode(code, time.GetUtcNow() + validity, earlier?.FailedAttempts ?? 0, earlier?.RetryAfter));
    }

    private IssuedCode Issued(UserPool pool, User user, string destination, string kind, string code, JsonObject delivery) =>
        new(MessageTemplates.Verification(pool, user, destination, kind, code, time.GetUtcNow()), delivery);
}
