using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.SignIn;

/// <summary>
/// The entry point of every sign-in: the API operations ((Admin)InitiateAuth, (Admin)RespondToAuthChallenge), the
/// managed login pages and custom auth all start and answer sign-ins here, so they share one set of rules. It knows
/// nothing of the JSON API: callers pass the parameters and responses as string maps (Cognito's names: USERNAME,
/// PASSWORD, SRP_A, SOFTWARE_TOKEN_MFA_CODE...) and map the <see cref="SignInOutcome"/> to what they show.
/// Refusals are thrown as <see cref="CognitoException"/> with Cognito's error codes and messages.
/// Callers check what belongs to their channel first (for the API: the auth flow is enabled, SECRET_HASH).
/// </summary>
public sealed class SignInRouter(
    IEnumerable<IChallengeHandler> handlers, FirstFactors firstFactors, SignInSessions sessions, SessionStore sessionStore, SignInUsers users,
    MfaStep mfa)
{
    private readonly Dictionary<string, IChallengeHandler> _handlers = handlers.ToDictionary(handler => handler.ChallengeName, StringComparer.Ordinal);

    /// <summary>
    /// Starts a sign-in with one named first factor, without asking whether the pool offers it for USER_AUTH (the
    /// caller's flow decides): "PASSWORD" with a PASSWORD parameter (USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH),
    /// "PASSWORD_SRP" with SRP_A (USER_SRP_AUTH; <paramref name="user"/> may be a simulated one), "EMAIL_OTP".
    /// </summary>
    /// <param name="parameters">The factor's inputs; without its proof the factor's own challenge is issued.</param>
    /// <param name="deviceKey">The DEVICE_KEY presented, if any: a remembered device stands in for MFA.</param>
    public SignInOutcome Start(UserPool pool, AppClient client, User user, string firstFactor, IReadOnlyDictionary<string, string> parameters,
        string? deviceKey, SignInContext context) =>
        firstFactors.Named(firstFactor).Start(new SignInAttempt(pool, client, user, deviceKey, context), parameters);

    /// <summary>
    /// Choice-based sign-in (USER_AUTH): the user's <paramref name="preferred"/> first factor when they can use it,
    /// else SELECT_CHALLENGE listing those they can (<see cref="AvailableFirstFactors"/>).
    /// </summary>
    /// <param name="preferred">PREFERRED_CHALLENGE, or null; a name Cognito does not know is InvalidParameterException.</param>
    public SignInOutcome StartChoice(UserPool pool, AppClient client, User user, string? preferred, IReadOnlyDictionary<string, string> parameters,
        string? deviceKey, SignInContext context)
    {
        RequireCanSignIn(user);
        var available = firstFactors.AvailableTo(pool, user);
        if (preferred is not null && !FirstFactors.CognitoNames.Contains(preferred))
        {
            throw Errors.InvalidParameter($"Invalid PREFERRED_CHALLENGE {preferred}; expected one of {string.Join(", ", FirstFactors.CognitoNames)}.");
        }

        var attempt = new SignInAttempt(pool, client, user, deviceKey, context);
        // A preference the user cannot use falls back to the choice, so the client learns what is available.
        if (preferred is not null && available.Contains(preferred))
        {
            return firstFactors.Named(preferred).Start(attempt, parameters);
        }

        var session = sessions.Issue(sessions.For(attempt, SessionStep.SelectChallenge) with { AvailableChallenges = available });
        return new SignInChallenge(SessionStep.SelectChallenge, new Dictionary<string, string>(), session, available);
    }

    /// <summary>The first factors this user can choose now (USER_AUTH), in the order of the pool's AllowedFirstAuthFactors.</summary>
    public IReadOnlyList<string> AvailableFirstFactors(UserPool pool, User user) => firstFactors.AvailableTo(pool, user);

    /// <summary>
    /// Signs a user in with the Session ConfirmSignUp handed out: the code they just confirmed stands in for the
    /// first factor only, so MFA follows as after a password (MFA_SETUP in a pool that requires MFA); tokens come
    /// only when the pool asks no MFA. The session is single use and must be for this client and user.
    /// </summary>
    public SignInOutcome SignInAfterSignUp(UserPool pool, AppClient client, string username, string sessionId, string? deviceKey, SignInContext context)
    {
        var user = users.Find(pool, username);
        var (id, session) = sessions.Open(pool, client, user?.Username ?? username, sessionId, secretBlock: null);
        if (session.Step != SessionStep.SignUpConfirmed)
        {
            throw Errors.InvalidSession();
        }

        sessionStore.Consume(id);
        if (user is null)
        {
            throw Errors.IncorrectCredentials();
        }

        RequireCanSignIn(user);
        return mfa.Continue(new SignInAttempt(pool, client, user, deviceKey, context));
    }

    /// <summary>
    /// Answers the challenge <paramref name="challengeName"/> quoting <paramref name="sessionId"/>: finds the live
    /// session issued to this client for the user named by the USERNAME response (SRP answers may quote their
    /// PASSWORD_CLAIM_SECRET_BLOCK instead of the session), and hands the answer to that challenge's handler.
    /// </summary>
    /// <param name="responses">The ChallengeResponses, with USERNAME (the user name or any sign-in name); the handler reads the ones its challenge needs.</param>
    public SignInOutcome Respond(UserPool pool, AppClient client, string challengeName, IReadOnlyDictionary<string, string> responses,
        string? sessionId, SignInContext context)
    {
        var username = responses.GetValueOrDefault("USERNAME") ?? throw Errors.MissingParameter("USERNAME");
        // USERNAME may be the user name or any name the user signs in with (USER_ID_FOR_SRP, an email, an alias).
        var user = users.Find(pool, username);
        var (id, session) = sessions.Open(pool, client, user?.Username ?? username, sessionId, responses.GetValueOrDefault("PASSWORD_CLAIM_SECRET_BLOCK"));
        if (user is null)
        {
            throw Errors.IncorrectCredentials();
        }

        // A user disabled after an earlier step (the password) cannot finish signing in.
        if (!user.Enabled)
        {
            throw Errors.UserDisabled();
        }

        if (!_handlers.TryGetValue(challengeName, out var handler) || !handler.SessionSteps.Contains(session.Step))
        {
            throw Errors.InvalidParameter($"Invalid challenge name {challengeName} for this session; expected {ExpectedChallenge(session.Step)}.");
        }

        var attempt = new SignInAttempt(pool, client, user, session.DeviceKey, context);
        return handler.Respond(new ChallengeAnswer(attempt, id, session, responses));
    }

    private static void RequireCanSignIn(User user)
    {
        if (!user.Enabled)
        {
            throw Errors.UserDisabled();
        }

        if (user.Status == UserStatus.Unconfirmed)
        {
            throw Errors.UserNotConfirmed();
        }
    }

    private static string ExpectedChallenge(string step) => step switch
    {
        SessionStep.MfaSetupVerified => "MFA_SETUP",
        SessionStep.MfaSetupAssociated => "VerifySoftwareToken",
        _ => step,
    };
}
