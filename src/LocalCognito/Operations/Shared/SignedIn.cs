using LocalCognito.Auth;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>The user, pool and app client an access token speaks for.</summary>
public static class SignedIn
{
    public static (UserPool Pool, User User, AppClient? Client) From(TokenService tokens, CognitoStore store, string accessToken)
    {
        var (pool, user, token) = tokens.ValidateAccessToken(accessToken);
        var client = token.TryGetPayloadValue<string>("client_id", out var clientId) ? store.FindClient(clientId) : null;
        return (pool, user, client);
    }
}
