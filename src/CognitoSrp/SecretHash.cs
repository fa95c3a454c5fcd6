using System.Security.Cryptography;
using System.Text;

namespace CognitoSrp;

/// <summary>
/// SECRET_HASH, which Cognito requires on user-facing calls when the app client has a secret:
/// Base64(HMAC-SHA256(key: client secret, message: username + client id)). The one implementation
/// for the app (which sends it) and LocalCognito (which checks it).
/// </summary>
public static class SecretHash
{
    /// <summary>Computes SECRET_HASH. Call it with named arguments: the three are all strings.</summary>
    /// <param name="username">The user name the request names (USERNAME, or USER_ID_FOR_SRP in SRP answers).</param>
    /// <param name="clientId">The app client id.</param>
    /// <param name="clientSecret">The app client's secret (the HMAC key).</param>
    public static string Compute(string username, string clientId, string clientSecret)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentNullException.ThrowIfNull(clientSecret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(username + clientId));
        return Convert.ToBase64String(mac);
    }
}
