namespace LocalCognito.Store;

/// <summary>Secret rotation of an app client: adding and deleting secrets (Cognito holds at most two at a time).</summary>
public sealed partial class CognitoStore
{
    public const int MaxClientSecrets = 2;

    public enum SecretChange { Done, NoClient, PublicClient, TooMany, NoSuchSecret, LastSecret }

    public SecretChange AddClientSecret(string clientId, ClientSecretEntry secret)
    {
        lock (_sync)
        {
            if (!_clients.TryGetValue(clientId, out var current))
            {
                return SecretChange.NoClient;
            }

            if (current.ClientSecret is null)
            {
                return SecretChange.PublicClient;
            }

            if (current.Secrets().Count >= MaxClientSecrets)
            {
                return SecretChange.TooMany;
            }

            var changed = WithSecrets(current, [.. current.Secrets(), secret]);
            Write(ClientKind, clientId, changed);
            _clients[clientId] = changed;
            return SecretChange.Done;
        }
    }

    public SecretChange DeleteClientSecret(string clientId, string secretId)
    {
        lock (_sync)
        {
            if (!_clients.TryGetValue(clientId, out var current))
            {
                return SecretChange.NoClient;
            }

            var secrets = current.Secrets();
            if (secrets.All(secret => secret.Id != secretId))
            {
                return SecretChange.NoSuchSecret;
            }

            if (secrets.Count == 1)
            {
                return SecretChange.LastSecret;
            }

            var changed = WithSecrets(current, [.. secrets.Where(secret => secret.Id != secretId)]);
            Write(ClientKind, clientId, changed);
            _clients[clientId] = changed;
            return SecretChange.Done;
        }
    }

    /// <summary>A copy of the client holding these secrets: the first is ClientSecret, the rest are the added ones.</summary>
    private static AppClient WithSecrets(AppClient client, List<ClientSecretEntry> secrets) => new()
    {
        ClientId = client.ClientId,
        UserPoolId = client.UserPoolId,
        ClientName = client.ClientName,
        ClientSecret = secrets[0].Value,
        ClientSecretId = secrets[0].Id,
        ClientSecretCreateDate = secrets[0].CreateDate,
        AddedSecrets = secrets.Skip(1).ToList(),
        ExplicitAuthFlows = [.. client.ExplicitAuthFlows],
        Settings = (System.Text.Json.Nodes.JsonObject)client.Settings.DeepClone(),
        CreationDate = client.CreationDate,
        LastModifiedDate = client.LastModifiedDate,
    };
}
