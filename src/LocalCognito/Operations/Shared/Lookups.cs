using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>The lookups most operations start with, failing with Cognito's not-found errors.</summary>
public static class Lookups
{
    public static UserPool RequirePool(this CognitoStore store, string poolId) =>
        store.FindPool(poolId) ?? throw Errors.PoolNotFound(poolId);

    /// <summary>The client and its pool (unsigned operations name only the client).</summary>
    public static (UserPool Pool, AppClient Client) RequireClient(this CognitoStore store, string clientId)
    {
        var client = store.FindClient(clientId) ?? throw Errors.ClientNotFound(clientId);
        var pool = store.FindPool(client.UserPoolId) ?? throw Errors.ClientNotFound(clientId);
        return (pool, client);
    }

    /// <summary>The client of a named pool (admin operations name both).</summary>
    public static (UserPool Pool, AppClient Client) RequireClient(this CognitoStore store, string poolId, string clientId)
    {
        var pool = store.RequirePool(poolId);
        var client = store.FindClient(clientId);
        if (client is null || client.UserPoolId != poolId)
        {
            throw Errors.ClientNotFound(clientId);
        }

        return (pool, client);
    }

    public static User RequireUser(this CognitoStore store, UserPool pool, string username) =>
        store.FindUser(pool, username) ?? throw Errors.UserNotFound();
}
