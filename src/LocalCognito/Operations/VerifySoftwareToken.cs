using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.SignIn;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Checks a code from the new authenticator; success enrols it as the user's software token MFA.</summary>
public sealed class VerifySoftwareToken(CognitoStore store, TokenService tokens, SessionStore sessions, SignInSessions signInSessions, Totp totp) : ICognitoOperation
{
    public string Name => "VerifySoftwareToken";

    public JsonObject Execute(JsonObject request)
    {
        var code = request.Required("UserCode");
        string? sessionId = null;
        AuthSession? session = null;
        UserPool pool;
        string username;
        if (request.OptionalString("AccessToken") is { } accessToken)
        {
            var (tokenPool, tokenUser, _) = tokens.ValidateAccessToken(accessToken);
            (pool, username) = (tokenPool, tokenUser.Username);
        }
        else
        {
            (sessionId, session) = sessions.Get(request.OptionalString("Session") ?? throw Errors.InvalidParameter("Either AccessToken or Session must be provided."));
            if (session.Step is not (SessionStep.MfaSetup or SessionStep.MfaSetupAssociated))
            {
                throw Errors.InvalidSession();
            }

            (pool, username) = (store.RequirePool(session.UserPoolId), session.UsernameKey);
        }

        store.UpdateUser(pool, username, () => session is null ? Errors.AccessTokenRevoked() : Errors.InvalidSession(), user =>
        {
            var secret = user.PendingTotpSecret
                         ?? throw Errors.InvalidParameter("No software token has been associated with the user; call AssociateSoftwareToken first.");
            var step = totp.MatchStep(secret, code) ?? throw Errors.EnableSoftwareTokenMismatch();
            user.TotpSecret = secret;
            user.PendingTotpSecret = null;
            user.TotpEnabled = true;
            user.TotpPreferred = true;
            user.LastTotpStep = step; // this code is now used
        });

        var response = new JsonObject { ["Status"] = "SUCCESS" };
        if (session is not null)
        {
            sessions.Consume(sessionId!); // a concurrent duplicate of this request is told the session was used
            response["Session"] = signInSessions.Next(session, SessionStep.MfaSetupVerified);
        }

        return response;
    }
}
