using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Local;

namespace CognitoMfaScenario;

/// <summary>What one run has learned so far, handed from step to step. One instance per run.</summary>
public sealed class ScenarioState
{
    public string Username { get; set; } = string.Empty;

    /// <summary>Kept in memory only; never printed.</summary>
    public string Password { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    /// <summary>Whether the user existed before this run (the person chose to continue with it).</summary>
    public bool ContinuedExistingUser { get; set; }

    /// <summary>UNCONFIRMED, CONFIRMED, … as last seen.</summary>
    public string? UserStatus { get; set; }

    public bool IsConfirmed => string.Equals(UserStatus, "CONFIRMED", StringComparison.OrdinalIgnoreCase);

    /// <summary>Session of the pending MFA_SETUP challenge (replaced by each call that returns one).</summary>
    public string? Session { get; set; }

    /// <summary>The user had an authenticator already, so steps 7 and 8 have nothing to do.</summary>
    public bool AlreadyEnrolled { get; set; }

    /// <summary>The built-in authenticator, when the person (or --non-interactive) chose it.</summary>
    public BuiltInAuthenticator? Authenticator { get; set; }

    /// <summary>Tokens of the newest sign-in.</summary>
    public AuthenticationResultType? Tokens { get; set; }

    /// <summary>The device Cognito offered to remember (from the MFA sign-in).</summary>
    public NewDeviceMetadataType? NewDevice { get; set; }

    public bool DeviceRemembered { get; set; }

    public bool UserDeleted { get; set; }

    /// <summary>The step being run, for "stopped at step N".</summary>
    public int CurrentStep { get; set; }
}
