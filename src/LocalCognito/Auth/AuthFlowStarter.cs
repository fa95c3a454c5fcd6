using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// (Admin)InitiateAuth: checks that the flow belongs to the call and is enabled for the client, then proves the
/// password (or starts SRP, or uses the refresh token) and hands over to <see cref="SignInFlow"/>.
/// </summary>
public sealed class AuthFlowStarter(CognitoStore store, SignInFlow flow, UserAuthFlow userAuth, TokenService tokens, SigningKeys keys)
{
    private static readonly HashSet<string> ClientFlows = ["USER_PASSWORD_AUTH", "USER_SRP_AUTH", "USER_AUTH", "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN", "CUSTOM_AUTH"];
    private static readonly HashSet<string> AdminFlows = ["ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH", "USER_SRP_AUTH", "USER_AUTH", "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN", "CUSTOM_AUTH"];

    public JsonObject Start(UserPool pool, AppClient client, string authFlow, Dictionary<string, string> parameters, bool admin, string? session = null)
    {
        if (!(admin ? AdminFlows : ClientFlows).Contains(authFlow))
        {
            throw Errors.AuthMethodNotSupported();
        }

        RequireEnabled(client, authFlow);

        switch (authFlow)
        {
            case "USER_AUTH":
                return userAuth.Start(pool, client, parameters, session);
            case "CUSTOM_AUTH":
                // Custom authentication runs the pool's auth-challenge Lambda triggers; no pool here has them.
                throw Errors.InvalidParameter("Custom auth lambda trigger is not configured for the user pool.");
            case "USER_PASSWORD_AUTH" or "ADMIN_USER_PASSWORD_AUTH" or "ADMIN_NO_SRP_AUTH":
                {
                    var username = parameters.GetValueOrDefault("USERNAME") ?? throw Errors.MissingParameter("USERNAME");
                    var password = parameters.GetValueOrDefault("PASSWORD") ?? throw Errors.MissingParameter("PASSWORD");
                    SecretHash.Check(client, username, parameters.GetValueOrDefault("SECRET_HASH"));
                    return flow.AfterPasswordCheck(pool, client, FindUser(pool, client, username), password, parameters.GetValueOrDefault("DEVICE_KEY"));
                }
            case "USER_SRP_AUTH":
                {
                    var username = parameters.GetValueOrDefault("USERNAME") ?? throw Errors.MissingParameter("USERNAME");
                    var srpA = parameters.GetValueOrDefault("SRP_A") ?? throw Errors.MissingParameter("SRP_A");
                    SecretHash.Check(client, username, parameters.GetValueOrDefault("SECRET_HASH"));
                    // An unknown user gets a plausible challenge and fails only at the answer, like a wrong password.
                    var user = client.PreventUserExistenceErrors
                        ? store.FindUser(pool, username) ?? SimulatedSrpUser.For(pool, keys.SecretOf(pool), username)
                        : FindUser(pool, client, username);
                    return flow.StartPasswordVerifier(pool, client, user, srpA, parameters.GetValueOrDefault("DEVICE_KEY"));
                }
            default: // REFRESH_TOKEN_AUTH, REFRESH_TOKEN
                {
                    var refreshToken = parameters.GetValueOrDefault("REFRESH_TOKEN") ?? throw Errors.MissingParameter("REFRESH_TOKEN");
                    if (client.RefreshTokenRotationEnabled)
                    {
                        throw LifecycleErrors.RotationNeedsGetTokensFromRefreshToken();
                    }

                    var grant = tokens.FindGrant(refreshToken, client);
                    RefreshDeviceBinding.Require(store, grant, parameters.GetValueOrDefault("DEVICE_KEY"));
                    var user = store.FindUser(pool, grant.UsernameKey) ?? throw Errors.RefreshTokenRevoked();
                    SecretHash.Check(client, parameters.GetValueOrDefault("USERNAME") ?? user.Username, parameters.GetValueOrDefault("SECRET_HASH"));
                    if (!user.Enabled)
                    {
                        throw Errors.UserDisabled();
                    }

                    return new JsonObject
                    {
                        ["ChallengeParameters"] = new JsonObject(),
                        ["AuthenticationResult"] = tokens.Refresh(pool, client, user, grant),
                    };
                }
        }
    }

    private User FindUser(UserPool pool, AppClient client, string username) =>
        store.FindUser(pool, username)
        ?? throw (client.PreventUserExistenceErrors ? Errors.IncorrectCredentials() : Errors.UserNotFound());

    private static void RequireEnabled(AppClient client, string authFlow)
    {
        var (allowed, legacy, message) = authFlow switch
        {
            "USER_PASSWORD_AUTH" => ("ALLOW_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH flow not enabled for this client"),
            "USER_SRP_AUTH" => ("ALLOW_USER_SRP_AUTH", "ALLOW_USER_SRP_AUTH", "USER_SRP_AUTH is not enabled for the client."),
            "USER_AUTH" => ("ALLOW_USER_AUTH", "ALLOW_USER_AUTH", "USER_AUTH flow not enabled for this client"),
            "REFRESH_TOKEN_AUTH" or "REFRESH_TOKEN" => ("ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "Auth flow not enabled for this client"),
            "CUSTOM_AUTH" => ("ALLOW_CUSTOM_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "Auth flow not enabled for this client"),
            _ => ("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH", "Auth flow not enabled for this client"),
        };
        // Legacy clients list USER_PASSWORD_AUTH / ADMIN_NO_SRP_AUTH, and without ALLOW_* flows SRP stays on.
        var legacyOnly = client.ExplicitAuthFlows.All(explicitFlow => !explicitFlow.StartsWith("ALLOW_", StringComparison.Ordinal));
        if (client.AllowsFlow(allowed) || client.AllowsFlow(legacy))
        {
            return;
        }

        if (legacyOnly && authFlow is "USER_SRP_AUTH" or "REFRESH_TOKEN_AUTH" or "REFRESH_TOKEN")
        {
            return;
        }

        throw Errors.InvalidParameter(message);
    }
}
