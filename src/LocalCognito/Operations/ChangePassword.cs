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
        // A user who signed up without a password sets their first one without a previous one.
        var previous = request.OptionalString("PreviousPassword");
        // Every call counts, as in Cognito's per-user quota, so a stolen access token gives a few guesses an hour, not millions.
        limits.PasswordChanges.Take(tokenUser);
        PasswordPolicy.From(pool.Settings).Check(proposed);
        store.UpdateUser(pool, tokenUser.Username, Errors.AccessTokenRevoked, user =>
        {
            if (user.Status == UserStatus.ResetRequired)
            {
                throw LifecycleErrors.PasswordResetRequired();
            }

            if (user.HasPassword && previous is null)
            {
                throw Errors.MissingParameter("PreviousPassword");
            }

            if (user.HasPassword && !PasswordHasher.Matches(user.Password, previous!))
            {
                throw Errors.IncorrectCredentials();
            }

            user.Password = PasswordHasher.Create(pool.SrpRealm, user.Username, proposed);
            user.HasPassword = true;
            user.LastModifiedDate = time.GetUtcNow();
        });
        return new JsonObject();
    }
}
