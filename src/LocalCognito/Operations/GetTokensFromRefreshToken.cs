using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// New access and id tokens from a refresh token; with the client's refresh-token rotation on, also a new refresh
/// token, and the presented one works only for the client's RetryGracePeriodSeconds after its first rotation.
/// </summary>
public sealed class GetTokensFromRefreshToken(CognitoStore store, TokenService tokens, TimeProvider time) : ICognitoOperation
{
    public string Name => "GetTokensFromRefreshToken";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, client) = store.RequireClient(request.Required("ClientId"));
        ClientSecretCheck.Require(client, request.OptionalString("ClientSecret"), "NotAuthorizedException");
        var grant = tokens.FindGrant(request.Required("RefreshToken"), client);
        if (grant.SupersededAt is { } supersededAt && time.GetUtcNow() > supersededAt + client.RefreshTokenRetryGracePeriod)
        {
            throw LifecycleErrors.RefreshTokenReused();
        }

        RequireDeviceKey(grant, request.OptionalString("DeviceKey"));
        var user = store.FindUser(pool, grant.UsernameKey) ?? throw Errors.RefreshTokenRevoked();
        if (!user.Enabled)
        {
            throw Errors.UserDisabled();
        }

        var result = client.RefreshTokenRotationEnabled
            ? tokens.Rotate(pool, client, user, grant) ?? throw LifecycleErrors.RefreshTokenReused()
            : tokens.Refresh(pool, client, user, grant);
        return new JsonObject { ["AuthenticationResult"] = result };
    }

    /// <summary>
    /// A sign-in bound to a remembered (confirmed) device refreshes only with that device's key; without it, or with
    /// another key, Cognito answers "Invalid Refresh Token" — the documented trap for apps that drop the key.
    /// </summary>
    private void RequireDeviceKey(RefreshGrant grant, string? presented)
    {
        if (presented is not null && grant.DeviceKey is not null && presented != grant.DeviceKey)
        {
            throw Errors.InvalidRefreshToken();
        }

        if (presented is null && grant.DeviceKey is { } boundKey && store.FindDevice(boundKey) is { Confirmed: true })
        {
            throw Errors.InvalidRefreshToken();
        }
    }
}
