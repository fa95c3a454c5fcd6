namespace LocalCognito.Store;

/// <summary>UpdateUserPoolClient's write.</summary>
public sealed partial class CognitoStore
{
    /// <summary>Replaces an existing app client with a new version of it (its secrets stay); false (and nothing stored) when it no longer exists.</summary>
    public bool ReplaceClient(AppClient client)
    {
        lock (_sync)
        {
            if (!_clients.TryGetValue(client.ClientId, out var current))
            {
                return false;
            }

            // Secrets change only through the secret methods, so a concurrent rotation is not undone here.
            client.ClientSecret = current.ClientSecret;
            client.ClientSecretId = current.ClientSecretId;
            client.ClientSecretCreateDate = current.ClientSecretCreateDate;
            client.AddedSecrets = [.. current.AddedSecrets];

            Write(ClientKind, client.ClientId, client);
            _clients[client.ClientId] = client;
            return true;
        }
    }
}
