using System.Security.Cryptography;
using System.Text;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>Checks SECRET_HASH, required when the client has a secret; the hash itself is <see cref="CognitoSrp.SecretHash"/>.</summary>
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

        var expected = Encoding.ASCII.GetBytes(CognitoSrp.SecretHash.Compute(username: username, clientId: client.ClientId, clientSecret: client.ClientSecret));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(secretHash)))
        {
            throw Errors.SecretHashMismatch(client.ClientId);
        }
    }
}
