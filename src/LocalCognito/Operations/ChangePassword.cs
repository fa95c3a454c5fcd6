using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>A signed-in user changes their password, proving the previous one.</summary>
public sealed class ChangePassword(CognitoStore store, TokenService tokens, AttemptLimits limits, TimeProvider time) : ICognitoOperation
{
    public string Name => "ChangePassword";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, tokenUser, _) = tokens.ValidateAccessToken(request.Required("AccessToken"));
        var proposed = request.Required("ProposedPassword");
        // Every user here has a password (no passwordless sign-in), so the previous one is always needed.
        var previous = request.OptionalString("PreviousPassword") ?? throw Errors.MissingParameter("PreviousPassword");
        // Every call counts, as in Cognito's per-user quota, so a stolen access token gives a few guesses an hour, not millions.
        limits.PasswordChanges.Take(tokenUser);
        PasswordPolicy.From(pool.Settings).Check(proposed);
        store.UpdateUser(pool, tokenUser.Username, Errors.AccessTokenRevoked, user =>
        {
            if (user.Status == UserStatus.ResetRequired)
            {
                throw LifecycleErrors.PasswordResetRequired();
            }

            if (!PasswordHasher.Matches(user.Password, previous))
            {
                throw Errors.IncorrectCredentials();
            }

            user.Password = PasswordHasher.Create(pool.SrpRealm, user.Username, proposed);
            user.LastModifiedDate = time.GetUtcNow();
        });
        return new JsonObject();
    }
}
