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

        RefreshDeviceBinding.Require(store, grant, request.OptionalString("DeviceKey"));
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
}
