using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.SignIn;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Hands out a new TOTP secret, for a user signing in (Session from MFA_SETUP) or signed in (AccessToken).</summary>
public sealed class AssociateSoftwareToken(CognitoStore store, TokenService tokens, SessionStore sessions, SignInSessions signInSessions) : ICognitoOperation
{
    public string Name => "AssociateSoftwareToken";

    public JsonObject Execute(JsonObject request)
    {
        var secret = Totp.NewSecret();
        if (request.OptionalString("AccessToken") is { } accessToken)
        {
            var (tokenPool, tokenUser, _) = tokens.ValidateAccessToken(accessToken);
            RequireTotpPool(tokenPool);
            store.UpdateUser(tokenPool, tokenUser.Username, Errors.AccessTokenRevoked, user => user.PendingTotpSecret = secret);
            return new JsonObject { ["SecretCode"] = secret };
        }

        var (id, session) = sessions.Get(request.OptionalString("Session") ?? throw Errors.InvalidParameter("Either AccessToken or Session must be provided."));
        if (session.Step is not (SessionStep.MfaSetup or SessionStep.MfaSetupAssociated))
        {
            throw Errors.InvalidSession();
        }

        var pool = store.RequirePool(session.UserPoolId);
        RequireTotpPool(pool);
        sessions.Consume(id); // first, so a concurrent duplicate cannot hand out a second secret on the same session
        store.UpdateUser(pool, session.UsernameKey, Errors.InvalidSession, user => user.PendingTotpSecret = secret);
        return new JsonObject { ["SecretCode"] = secret, ["Session"] = signInSessions.Next(session, SessionStep.MfaSetupAssociated) };
    }

    // A new association only replaces the pending secret: the enrolled one keeps working until the new one is verified.
    private static void RequireTotpPool(UserPool pool)
    {
        if (!pool.SoftwareTokenMfaEnabled)
        {
            throw new CognitoException("SoftwareTokenMFANotFoundException", "Software Token MFA has not been enabled by the userPool.");
        }
    }
}
