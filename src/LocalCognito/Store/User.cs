namespace LocalCognito.Store;

/// <summary>A user of a pool. Holds no plaintext password: a fast salted hash and an SRP verifier.</summary>
public sealed class User
{
    public required string UserPoolId { get; set; }
    public required string Username { get; set; }
    public required string Sub { get; set; }
    /// <summary>Attributes in the order they were set, "sub" first.</summary>
    public List<UserAttribute> Attributes { get; set; } = [];
    public string Status { get; set; } = UserStatus.Unconfirmed;
    public bool Enabled { get; set; } = true;
    public DateTimeOffset CreateDate { get; set; }
    public DateTimeOffset LastModifiedDate { get; set; }

    public required StoredPassword Password { get; set; }
    /// <summary>Imported by a user import job: no password of its own until the user resets it (status RESET_REQUIRED).</summary>
    public bool ImportedWithoutPassword { get; set; }

    /// <summary>
    /// False for a user who signed up without a password (passwordless first factors only): Password then holds an
    /// unguessable one nobody knows, and PASSWORD / PASSWORD_SRP are not offered until a password is set.
    /// </summary>
    public bool HasPassword { get; set; } = true;

    public PendingCode? ConfirmationCode { get; set; }

    /// <summary>A password-reset code from ForgotPassword / AdminResetUserPassword, until ConfirmForgotPassword uses it.</summary>
    public PendingCode? PasswordResetCode { get; set; }

    /// <summary>When the current temporary password was issued (FORCE_CHANGE_PASSWORD), for TemporaryPasswordValidityDays.</summary>
    public DateTimeOffset? TemporaryPasswordIssuedAt { get; set; }

    /// <summary>The verified TOTP secret (base32) once the user enrolled an authenticator.</summary>
    public string? TotpSecret { get; set; }
    /// <summary>A secret handed out by AssociateSoftwareToken and not yet verified.</summary>
    public string? PendingTotpSecret { get; set; }
    public bool TotpEnabled { get; set; }
    public bool TotpPreferred { get; set; }
    /// <summary>The last TOTP time step accepted, so a code cannot be used twice.</summary>
    public long LastTotpStep { get; set; } = -1;

    /// <summary>Email MFA (EMAIL_OTP) switched on for the user; codes go to the email attribute.</summary>
    public bool EmailMfaEnabled { get; set; }
    public bool EmailMfaPreferred { get; set; }

    /// <summary>Names of the pool's groups the user is a member of.</summary>
    public List<string> Groups { get; set; } = [];
    /// <summary>Codes sent to verify an attribute (GetUserAttributeVerificationCode, attribute updates), by attribute name.</summary>
    public Dictionary<string, PendingCode> VerificationCodes { get; set; } = new();
    /// <summary>New values held back until verified (AttributesRequireVerificationBeforeUpdate), by attribute name.</summary>
    public Dictionary<string, string> PendingAttributes { get; set; } = new();

    public string? GetAttribute(string name) => Attributes.FirstOrDefault(a => a.Name == name)?.Value;

    public void SetAttribute(string name, string value)
    {
        var existing = Attributes.FindIndex(a => a.Name == name);
        if (existing >= 0)
        {
            Attributes[existing] = new UserAttribute(name, value);
        }
        else
        {
            Attributes.Add(new UserAttribute(name, value));
        }
    }

    public void RemoveAttribute(string name) => Attributes.RemoveAll(a => a.Name == name);

    public bool HasSoftwareTokenMfa => TotpSecret is not null && TotpEnabled;

    public bool HasEmailMfa => EmailMfaEnabled && GetAttribute("email") is not null;

    /// <summary>A copy to change (the store never changes a user it has handed out).</summary>
    internal User Copy()
    {
        var copy = (User)MemberwiseClone();
        copy.Attributes = [.. Attributes];
        copy.Groups = [.. Groups];
        copy.VerificationCodes = new(VerificationCodes);
        copy.PendingAttributes = new(PendingAttributes);
        return copy;
    }
}

public sealed record UserAttribute(string Name, string Value);

/// <summary>A password as stored: HMAC-SHA256 check value plus the SRP salt and verifier for USER_SRP_AUTH.</summary>
public sealed record StoredPassword(string HashSaltBase64, string HashBase64, string SrpSaltHex, string SrpVerifierHex);

/// <summary>A confirmation code sent to the user; after too many wrong tries none is accepted before <paramref name="RetryAfter"/>.</summary>
public sealed record PendingCode(string Code, DateTimeOffset ExpiresAt, int FailedAttempts, DateTimeOffset? RetryAfter = null);

public static class UserStatus
{
    public const string Unconfirmed = "UNCONFIRMED";
    public const string Confirmed = "CONFIRMED";
    public const string ForceChangePassword = "FORCE_CHANGE_PASSWORD";
    public const string ResetRequired = "RESET_REQUIRED";
    public const string ExternalProvider = "EXTERNAL_PROVIDER";
}
