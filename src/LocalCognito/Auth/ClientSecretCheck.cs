using System.Security.Cryptography;
using System.Text;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>The ClientSecret member of RevokeToken and GetTokensFromRefreshToken: required exactly when the client has a secret.</summary>
public static class ClientSecretCheck
{
    public static void Require(AppClient client, string? presented, string errorCode)
    {
        if (client.ClientSecret is null)
        {
            return;
        }

        if (presented is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(client.ClientSecret), Encoding.UTF8.GetBytes(presented)))
        {
            throw LifecycleErrors.ClientSecretMismatch(errorCode, client.ClientId);
        }
    }
}
