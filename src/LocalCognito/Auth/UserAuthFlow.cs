using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// Choice-based sign-in (AuthFlow USER_AUTH): the user picks a first factor allowed by the pool's
/// SignInPolicy.AllowedFirstAuthFactors — PASSWORD, PASSWORD_SRP or a one-time code by email (EMAIL_OTP) — either up
/// front (PREFERRED_CHALLENGE) or from SELECT_CHALLENGE's AvailableChallenges. A password factor is followed by MFA as
/// the pool requires; a passwordless one signs in. ConfirmSignUp's Session signs a new user in without a second proof.
/// WEB_AUTHN and SMS_OTP are not emulated: no user has them, so they are never offered.
/// </summary>
public sealed class UserAuthFlow(CognitoStore store, SessionStore sessions, SignInFlow flow, UnknownUserSignIn unknownUsers)
{
    public const string Password = "PASSWORD", PasswordSrp = "PASSWORD_SRP", EmailOtp = "EMAIL_OTP";
    private static readonly HashSet<string> KnownChallenges = [Password, PasswordSrp, EmailOtp, "SMS_OTP", "WEB_AUTHN"];

    /// <summary>(Admin)InitiateAuth with AuthFlow USER_AUTH.</summary>
    public JsonObject Start(UserPool pool, AppClient client, Dictionary<string, string> parameters, string? sessionId)
    {
        if (!pool.TierHasChoiceBasedSignIn)
        {
            throw Errors.InvalidParameter($"USER_AUTH is not available in the {pool.Tier} tier; it needs the ESSENTIALS or PLUS tier.");
        }

        var username = parameters.GetValueOrDefault("USERNAME") ?? throw Errors.MissingParameter("USERNAME");
        SecretHash.Check(client, username, parameters.GetValueOrDefault("SECRET_HASH"));
        var deviceKey = parameters.GetValueOrDefault("DEVICE_KEY");
        if (!string.IsNullOrEmpty(sessionId))
        {
            return SignInAfterSignUp(pool, client, username, sessionId, deviceKey);
        }

        var user = store.FindUser(pool, username);
        if (user is null)
        {
            // With existence errors prevented, an unknown name gets a challenge as a real one would (see UnknownUserSignIn).
            return client.PreventUserExistenceErrors
                ? unknownUsers.Start(pool, client, username, parameters, deviceKey)
                : throw Errors.UserNotFound();
        }

        RequireCanSignIn(user);
        var available = AvailableChallenges(pool, user);
        var preferred = parameters.GetValueOrDefault("PREFERRED_CHALLENGE");
        if (preferred is not null && !KnownChallenges.Contains(preferred))
        {
            throw Errors.InvalidParameter($"Invalid PREFERRED_CHALLENGE {preferred}; expected one of {string.Join(", ", KnownChallenges)}.");
        }

        // A preference the user cannot use falls back to the choice, so the client learns what is available.
        if (preferred is not null && available.Contains(preferred))
        {
            return StartFactor(pool, client, user, preferred, parameters, deviceKey);
        }

        var session = sessions.Create(new AuthSession
        {
            UserPoolId = pool.Id,
            ClientId = client.ClientId,
            UsernameKey = pool.UsernameKey(user.Username),
            Step = SessionStep.SelectChallenge,
            ExpiresAt = sessions.ExpiryFor(client),
            DeviceKey = deviceKey,
            AvailableChallenges = available,
        });
        var response = SignInFlow.Challenge(SessionStep.SelectChallenge, new JsonObject(), session);
        response["AvailableChallenges"] = new JsonArray(available.Select(challenge => (JsonNode)challenge).ToArray());
        return response;
    }

    /// <summary>RespondToAuthChallenge: SELECT_CHALLENGE, PASSWORD and PASSWORD_SRP here, every other challenge in <see cref="SignInFlow"/>.</summary>
    public JsonObject Respond(UserPool pool, AppClient client, string challengeName, Dictionary<string, string> responses, string? sessionId)
    {
        var (id, session, user) = flow.OpenSession(pool, client, responses, sessionId);
        switch (challengeName)
        {
            case "SELECT_CHALLENGE" when session.Step == SessionStep.SelectChallenge:
                {
                    var answer = responses.GetValueOrDefault("ANSWER") ?? throw Errors.MissingParameter("ANSWER");
                    if (!session.AvailableChallenges.Contains(answer))
                    {
                        throw NotAvailable(answer, session.AvailableChallenges);
                    }

                    sessions.Consume(id);
                    return StartFactor(pool, client, user, answer, responses, session.DeviceKey);
                }
            case Password when session.Step == SessionStep.Password:
            case PasswordSrp when session.Step == SessionStep.PasswordSrp:
                sessions.Consume(id);
                return StartFactor(pool, client, user, challengeName, responses, session.DeviceKey);
            default:
                return flow.Respond(pool, client, challengeName, responses, id, session, user);
        }
    }

    /// <summary>
    /// The first factors this user can use now: PASSWORD and PASSWORD_SRP when the pool allows PASSWORD and the user has a
    /// password; EMAIL_OTP when it allows EMAIL_OTP, the user is confirmed with a password of their own, has an email and MFA is not required.
    /// </summary>
    public static List<string> AvailableChallenges(UserPool pool, User user)
    {
        var available = new List<string>();
        foreach (var factor in pool.AllowedFirstAuthFactors)
        {
            // A user who signed up without a password has none to offer.
            if (factor == Password && user.HasPassword)
            {
                available.AddRange([Password, PasswordSrp]);
            }
            // A user who must still set a password (FORCE_CHANGE_PASSWORD, RESET_REQUIRED) signs in with it first.
            else if (factor == EmailOtp && user.GetAttribute("email") is not null && pool.SendsEmailThroughSes && pool.MfaConfiguration != "ON"
                     && user.Status == UserStatus.Confirmed)
            {
                available.Add(EmailOtp);
            }
        }

        return available;
    }

    private JsonObject StartFactor(UserPool pool, AppClient client, User user, string factor, Dictionary<string, string> parameters, string? deviceKey)
    {
        var usernameKey = pool.UsernameKey(user.Username);
        switch (factor)
        {
            case Password:
                {
                    if (parameters.GetValueOrDefault("PASSWORD") is not { } password)
                    {
                        return SignInFlow.Challenge(Password, new JsonObject(), flow.NewSession(pool, client, usernameKey, SessionStep.Password, deviceKey));
                    }

                    return flow.AfterPasswordCheck(pool, client, user, password, deviceKey);
                }
            case PasswordSrp:
                return parameters.GetValueOrDefault("SRP_A") is { } srpA
                    ? flow.StartPasswordVerifier(pool, client, user, srpA, deviceKey)
                    : SignInFlow.Challenge(PasswordSrp, new JsonObject(), flow.NewSession(pool, client, usernameKey, SessionStep.PasswordSrp, deviceKey));
            default: // EMAIL_OTP
                return flow.SendEmailCode(pool, client, user, usernameKey, deviceKey, user.GetAttribute("email")!, EmailCodePurpose.FirstFactor);
        }
    }

    /// <summary>
    /// InitiateAuth with ConfirmSignUp's Session: the code the user just confirmed stands in for the first factor only,
    /// so MFA follows as after a password (MFA_SETUP in a pool that requires MFA); tokens come only when the pool asks
    /// no MFA. The session is single use and lasts as long as an auth session.
    /// </summary>
    private JsonObject SignInAfterSignUp(UserPool pool, AppClient client, string username, string sessionId, string? deviceKey)
    {
        var (id, session) = sessions.Get(sessionId);
        var user = store.FindUser(pool, username);
        if (session.Step != SessionStep.SignUpConfirmed || session.ClientId != client.ClientId || session.UserPoolId != pool.Id
            || session.UsernameKey != pool.UsernameKey(user?.Username ?? username))
        {
            throw Errors.InvalidSession();
        }

        sessions.Consume(id);
        if (user is null)
        {
            throw Errors.IncorrectCredentials();
        }

        RequireCanSignIn(user);
        return flow.MfaOrTokens(pool, client, user, pool.UsernameKey(user.Username), deviceKey);
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

    private static CognitoException NotAvailable(string answer, IReadOnlyList<string> available) => answer switch
    {
        "WEB_AUTHN" => Errors.InvalidParameter("WEB_AUTHN is not configured for this user: LocalCognito does not emulate passkeys."),
        "SMS_OTP" => Errors.InvalidParameter("SMS_OTP is not configured for this user: LocalCognito does not send SMS."),
        _ => Errors.InvalidParameter($"Invalid ANSWER {answer} for SELECT_CHALLENGE; expected one of {string.Join(", ", available)}."),
    };
}
