using System.Security.Cryptography;
using System.Text;

namespace CognitoMfaScenario;

/// <summary>
/// SECRET_HASH, required on user-facing calls when the app client has a secret:
/// Base64(HMAC-SHA256(key: client secret, message: username + client id)).
/// </summary>
public static class SecretHash
{
    public static string Compute(string username, string clientId, string clientSecret)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(username + clientId));
        return Convert.ToBase64String(mac);
    }
}
