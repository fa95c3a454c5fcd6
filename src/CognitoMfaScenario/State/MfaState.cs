using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Mfa;

namespace CognitoMfaScenario.State;

/// <summary>Where the user's MFA set-up stands: what Cognito offered, the factor, the authenticator. One instance per run.</summary>
public sealed class MfaState
{
    /// <summary>Session of the MFA_SETUP challenge the first sign-in returned (null when the user is enrolled already).</summary>
    public string? SetupSession { get; private set; }

    /// <summary>The MFA types MFA_SETUP offered (MFAS_CAN_SETUP), e.g. SOFTWARE_TOKEN_MFA and EMAIL_OTP.</summary>
    public IReadOnlyList<string> TypesOffered { get; private set; } = [];

    /// <summary>The factor the user has (chosen at set-up, or found at the first sign-in).</summary>
    public MfaFactor Factor { get; private set; } = MfaFactor.App;

    /// <summary>The secret added to the authenticator and the session to verify it with.</summary>
    public PendingEnrolment? Enrolment { get; private set; }

    /// <summary>The user has a factor (from an earlier run, or set up in this one).</summary>
    public bool Enrolled { get; private set; }

    /// <summary>The built-in authenticator, when the person (or --non-interactive) chose it.</summary>
    public BuiltInAuthenticator? Authenticator { get; private set; }

    /// <summary>Where the codes of the sign-ins come from.</summary>
    public MfaCodes Codes => new(Factor, Authenticator);

    /// <summary>The first sign-in asked for MFA_SETUP.</summary>
    public void SetupOffered(string? session, IReadOnlyList<string> types)
    {
        SetupSession = session;
        TypesOffered = types;
    }

    /// <summary>The first sign-in asked for a code: the user has this factor already.</summary>
    public void FoundEnrolled(MfaFactor factor)
    {
        Enrolled = true;
        Factor = factor;
    }

    public void Choose(MfaFactor factor) => Factor = factor;

    /// <summary>A new secret (which voids the earlier one) and who types its codes.</summary>
    public void Associated(PendingEnrolment enrolment, BuiltInAuthenticator? authenticator)
    {
        Enrolment = enrolment;
        Authenticator = authenticator;
    }

    /// <summary>Cognito confirmed the factor.</summary>
    public void Completed() => Enrolled = true;
}

/// <summary>Where a sign-in's MFA codes come from.</summary>
/// <param name="Factor">The user's factor (answers SELECT_MFA_TYPE).</param>
/// <param name="Authenticator">The built-in authenticator, or null when codes are typed from an app.</param>
public sealed record MfaCodes(MfaFactor Factor, BuiltInAuthenticator? Authenticator);
