using System.Security.Cryptography;
using System.Text;

namespace LocalCognito.ManagedLogin;

/// <summary>
/// One browser's walk through the managed login pages, kept server-side and found by the flow cookie: which step is
/// next, the Cognito challenge Session it answers, and the CSRF token its forms carry. Nothing here goes in a URL.
/// </summary>
public sealed class LoginFlow
{
    public required string Id { get; init; }
    public required string Domain { get; init; }
    /// <summary>Every form on the pages echoes this; a POST without it is refused.</summary>
    public required string CsrfToken { get; init; }
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The page the user is on (<see cref="LoginStep"/>); what a POST may answer.</summary>
    public string Step { get; set; } = LoginStep.SignIn;
    /// <summary>The Cognito challenge Session the next answer carries (server-side only).</summary>
    public string? ChallengeSession { get; set; }
    /// <summary>The username the challenges name (USER_ID_FOR_SRP), or the one being signed up or reset.</summary>
    public string? Username { get; set; }
    /// <summary>The TOTP secret being set up, shown on the set-up page until verified.</summary>
    public string? TotpSecret { get; set; }
    /// <summary>Where an emailed code went (masked), for the code pages.</summary>
    public string? CodeDestination { get; set; }
    /// <summary>The MFA types a SELECT_MFA_TYPE or MFA_SETUP challenge offers.</summary>
    public IReadOnlyList<string> MfaChoices { get; set; } = [];
    /// <summary>The attributes NEW_PASSWORD_REQUIRED asks for.</summary>
    public IReadOnlyList<string> RequiredAttributes { get; set; } = [];
    /// <summary>A one-sentence notice for the next page shown (e.g. "Your account is confirmed.").</summary>
    public string? Notice { get; set; }
    /// <summary>A one-sentence error for the next page shown (e.g. "Your sign-in session expired.").</summary>
    public string? Alert { get; set; }

    /// <summary>Whether a form's CSRF token is this flow's (compared in constant time).</summary>
    public bool AcceptsCsrf(string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(CsrfToken), Encoding.UTF8.GetBytes(presented));

    /// <summary>Forgets the challenge in progress (a finished or abandoned sign-in).</summary>
    public void Reset(string step = LoginStep.SignIn)
    {
        Step = step;
        ChallengeSession = null;
        TotpSecret = null;
        CodeDestination = null;
        MfaChoices = [];
        RequiredAttributes = [];
    }
}

/// <summary>The steps of <see cref="LoginFlow"/>; each has a page.</summary>
public static class LoginStep
{
    public const string SignIn = "signIn";
    public const string ConfirmSignUp = "confirmSignUp";
    public const string SoftwareTokenMfa = "softwareTokenMfa";
    public const string EmailOtp = "emailOtp";
    public const string SelectMfaType = "selectMfaType";
    public const string MfaSetupChoice = "mfaSetupChoice";
    public const string TotpSetup = "totpSetup";
    public const string EmailMfaSetup = "emailMfaSetup";
    public const string NewPasswordRequired = "newPasswordRequired";
    public const string ConfirmForgotPassword = "confirmForgotPassword";
}
