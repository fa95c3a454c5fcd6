using System.Security.Cryptography;
using System.Text;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>Checks SECRET_HASH, required when the client has a secret (any of its secrets while rotating); the hash itself is <see cref="CognitoSrp.SecretHash"/>.</summary>
public static class SecretHash
{
    public static void Check(AppClient client, string? username, string? secretHash)
    {
        if (client.ClientSecret is null)
        {
            return;
        }

        if (username is null || secretHash is null)
        {
            throw Errors.SecretHashMismatch(client.ClientId);
        }

        // While a secret is being rotated, a hash made with any of the client's secrets is accepted.
        var presented = Encoding.UTF8.GetBytes(secretHash);
        var matches = client.Secrets().Count(secret => CryptographicOperations.FixedTimeEquals(presented,
            Encoding.ASCII.GetBytes(CognitoSrp.SecretHash.Compute(username: username, clientId: client.ClientId, clientSecret: secret.Value))));
        if (matches == 0)
        {
            throw Errors.SecretHashMismatch(client.ClientId);
        }
    }
}
