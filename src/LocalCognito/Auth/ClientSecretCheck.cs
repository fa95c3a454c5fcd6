using System.Security.Cryptography;
using System.Text;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>The ClientSecret member of RevokeToken and GetTokensFromRefreshToken: required exactly when the client has a secret; any of its secrets is accepted.</summary>
public static class ClientSecretCheck
{
    public static void Require(AppClient client, string? presented, string errorCode)
    {
        if (client.ClientSecret is null)
        {
            return;
        }

        if (presented is null || !Matches(client, presented))
        {
            throw LifecycleErrors.ClientSecretMismatch(errorCode, client.ClientId);
        }
    }

    /// <summary>Whether the presented secret is one of the client's secrets (there are two while one is rotated).</summary>
    public static bool Matches(AppClient client, string presented)
    {
        var bytes = Encoding.UTF8.GetBytes(presented);
        return client.Secrets().Count(secret => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret.Value), bytes)) > 0;
    }
}
