using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Store;

namespace LocalCognito.SignIn;

/// <summary>
/// The MFA step after a first factor: the preferred (or only) factor, SELECT_MFA_TYPE when the user has several and
/// no preference, MFA_SETUP when the pool requires MFA and the user has none, else the sign-in completes.
/// </summary>
public sealed class MfaStep(SignInSessions sessions, EmailCodeIssuer emailCodes, SignInCompletion completion)
{
    public SignInOutcome Continue(SignInAttempt attempt)
    {
        var (pool, user) = (attempt.Pool, attempt.User);
        if (pool.MfaConfiguration == "OFF")
        {
            return completion.Complete(attempt);
        }

        var factors = FactorsOf(pool, user);
        var chosen = factors.Count == 1 ? factors[0] : PreferredFactor(user, factors);
        if (chosen is not null)
        {
            return Start(attempt, chosen);
        }

        if (factors.Count > 1)
        {
            return Challenge(attempt, SessionStep.SelectMfaType, "MFAS_CAN_CHOOSE", factors);
        }

        if (pool.MfaConfiguration == "ON")
        {
            var offered = pool.MfaFactorsOffered.Count > 0 ? pool.MfaFactorsOffered : [MfaFactor.SoftwareToken];
            return Challenge(attempt, SessionStep.MfaSetup, "MFAS_CAN_SETUP", offered);
        }

        return completion.Complete(attempt);
    }

    /// <summary>Issues the challenge for one MFA factor (SOFTWARE_TOKEN_MFA, or EMAIL_OTP with a code sent).</summary>
    public SignInChallenge Start(SignInAttempt attempt, string factor) =>
        factor == MfaFactor.Email
            ? emailCodes.Send(attempt, attempt.User.GetAttribute("email")!, EmailCodePurpose.Mfa)
            : new SignInChallenge(SessionStep.SoftwareTokenMfa, new Dictionary<string, string> { ["USER_ID_FOR_SRP"] = attempt.User.Username },
                sessions.Issue(attempt, SessionStep.SoftwareTokenMfa));

    /// <summary>The MFA factors the user has switched on that the pool still allows (TOTP stays usable as before).</summary>
    public static List<string> FactorsOf(UserPool pool, User user)
    {
        var factors = new List<string>();
        if (user.HasSoftwareTokenMfa)
        {
            factors.Add(MfaFactor.SoftwareToken);
        }

        if (user.HasEmailMfa && pool.EmailMfaEnabled)
        {
            factors.Add(MfaFactor.Email);
        }

        return factors;
    }

    private static string? PreferredFactor(User user, List<string> factors) =>
        user.TotpPreferred && factors.Contains(MfaFactor.SoftwareToken) ? MfaFactor.SoftwareToken
        : user.EmailMfaPreferred && factors.Contains(MfaFactor.Email) ? MfaFactor.Email
        : null;

    private SignInChallenge Challenge(SignInAttempt attempt, string step, string listName, IEnumerable<string> factors) =>
        new(step, new Dictionary<string, string>
        {
            [listName] = new JsonArray(factors.Select(factor => (JsonNode)factor).ToArray()).ToJsonString(),
            ["USER_ID_FOR_SRP"] = attempt.User.Username,
        }, sessions.Issue(attempt, step));
}
