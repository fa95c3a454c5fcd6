namespace LocalCognito.Store;

/// <summary>UpdateUserPoolClient's write.</summary>
public sealed partial class CognitoStore
{
    /// <summary>Replaces an existing app client with a new version of it; false (and nothing stored) when it no longer exists.</summary>
    public bool ReplaceClient(AppClient client)
    {
        lock (_sync)
        {
            if (!_clients.ContainsKey(client.ClientId))
            {
                return false;
            }

            Write(ClientKind, client.ClientId, client);
            _clients[client.ClientId] = client;
            return true;
        }
    }
}
