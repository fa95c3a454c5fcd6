using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Hands out a new TOTP secret, for a user signing in (Session from MFA_SETUP) or signed in (AccessToken).</summary>
public sealed class AssociateSoftwareToken(CognitoStore store, TokenService tokens, SessionStore sessions, SignInFlow flow) : ICognitoOperation
{
    public string Name => "AssociateSoftwareToken";

    public JsonObject Execute(JsonObject request)
    {
        var secret = Totp.NewSecret();
        if (request.Str("AccessToken") is { } accessToken)
        {
            var (_, user, _) = tokens.ValidateAccessToken(accessToken);
            lock (store.Sync)
            {
                user.PendingTotpSecret = secret;
                store.SaveUser(user);
            }
            return new JsonObject { ["SecretCode"] = secret };
        }

        var (id, session) = sessions.Get(request.Str("Session") ?? throw Errors.InvalidParameter("Either AccessToken or Session must be provided."));
        if (session.Step is not (SessionStep.MfaSetup or SessionStep.MfaSetupAssociated))
        {
            throw Errors.InvalidSession();
        }

        var pool = store.RequirePool(session.UserPoolId);
        lock (store.Sync)
        {
            var sessionUser = store.FindUser(pool, session.UsernameKey) ?? throw Errors.InvalidSession();
            sessions.Consume(id);
            sessionUser.PendingTotpSecret = secret;
            store.SaveUser(sessionUser);
        }
        return new JsonObject { ["SecretCode"] = secret, ["Session"] = flow.NextSession(session, SessionStep.MfaSetupAssociated) };
    }
}
