using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.SignIn;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// (Admin)InitiateAuth: checks that the flow belongs to the call and is enabled for the client, reads the flow's
/// AuthParameters and starts the sign-in at the <see cref="SignInRouter"/> (or uses the refresh token).
/// </summary>
public sealed class AuthFlowStarter(CognitoStore store, SignInRouter router, SignInUsers users, UnknownUserSignIn unknownUsers, TokenService tokens,
    SigningKeys keys)
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
                return SignInResponse.ToJson(StartUserAuth(pool, client, parameters, session));
            case "CUSTOM_AUTH":
                // Custom authentication runs the pool's auth-challenge Lambda triggers; no pool here has them.
                throw Errors.InvalidParameter("Custom auth lambda trigger is not configured for the user pool.");
            case "USER_PASSWORD_AUTH" or "ADMIN_USER_PASSWORD_AUTH" or "ADMIN_NO_SRP_AUTH":
                {
                    var username = parameters.GetValueOrDefault("USERNAME") ?? throw Errors.MissingParameter("USERNAME");
                    _ = parameters.GetValueOrDefault("PASSWORD") ?? throw Errors.MissingParameter("PASSWORD");
                    SecretHash.Check(client, username, parameters.GetValueOrDefault("SECRET_HASH"));
                    return SignInResponse.ToJson(router.Start(pool, client, users.Require(pool, client, username), SessionStep.Password, parameters,
                        parameters.GetValueOrDefault("DEVICE_KEY"), SignInContext.Api));
                }
            case "USER_SRP_AUTH":
                {
                    var username = parameters.GetValueOrDefault("USERNAME") ?? throw Errors.MissingParameter("USERNAME");
                    _ = parameters.GetValueOrDefault("SRP_A") ?? throw Errors.MissingParameter("SRP_A");
                    SecretHash.Check(client, username, parameters.GetValueOrDefault("SECRET_HASH"));
                    // An unknown user gets a plausible challenge and fails only at the answer, like a wrong password.
                    var user = client.PreventUserExistenceErrors
                        ? users.Find(pool, username) ?? SimulatedSrpUser.For(pool, keys.SecretOf(pool), username)
                        : users.Require(pool, client, username);
                    return SignInResponse.ToJson(router.Start(pool, client, user, SessionStep.PasswordSrp, parameters,
                        parameters.GetValueOrDefault("DEVICE_KEY"), SignInContext.Api));
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

    /// <summary>
    /// USER_AUTH: with ConfirmSignUp's Session the new user signs in at once; otherwise the PREFERRED_CHALLENGE or the
    /// choice of first factors. WEB_AUTHN and SMS_OTP are not emulated: no user has them, so they are never offered.
    /// </summary>
    private SignInOutcome StartUserAuth(UserPool pool, AppClient client, Dictionary<string, string> parameters, string? session)
    {
        if (!pool.TierHasChoiceBasedSignIn)
        {
            throw Errors.InvalidParameter($"USER_AUTH is not available in the {pool.Tier} tier; it needs the ESSENTIALS or PLUS tier.");
        }

        var username = parameters.GetValueOrDefault("USERNAME") ?? throw Errors.MissingParameter("USERNAME");
        SecretHash.Check(client, username, parameters.GetValueOrDefault("SECRET_HASH"));
        var deviceKey = parameters.GetValueOrDefault("DEVICE_KEY");
        if (!string.IsNullOrEmpty(session))
        {
            return router.SignInAfterSignUp(pool, client, username, session, deviceKey, SignInContext.Api);
        }

        if (users.Find(pool, username) is not { } user)
        {
            // With existence errors prevented, an unknown name gets a challenge as a real one would (see UnknownUserSignIn).
            return client.PreventUserExistenceErrors
                ? unknownUsers.Start(pool, client, username, parameters, deviceKey, SignInContext.Api)
                : throw Errors.UserNotFound();
        }

        return router.StartChoice(pool, client, user, parameters.GetValueOrDefault("PREFERRED_CHALLENGE"), parameters, deviceKey, SignInContext.Api);
    }

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
