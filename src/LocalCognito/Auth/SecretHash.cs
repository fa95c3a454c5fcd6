using System.Security.Cryptography;
using System.Text;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>SECRET_HASH = Base64(HMAC-SHA256(client secret, username + clientId)), required when the client has a secret.</summary>
public static class SecretHash
{
    public static string Compute(string clientSecret, string username, string clientId) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(username + clientId)));

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

        var expected = Encoding.ASCII.GetBytes(Compute(client.ClientSecret, username, client.ClientId));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(secretHash)))
        {
            throw Errors.SecretHashMismatch(client.ClientId);
        }
    }
}
