using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// The CodeDeliveryDetails an unknown user "gets" when the client prevents user-existence errors
/// (ForgotPassword, ResendConfirmationCode): a masked email destination, the same for every request about that
/// name, so it reveals nothing and repeats as a real user's would.
/// </summary>
public static class SimulatedDelivery
{
    public static JsonObject For(UserPool pool, string username)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(pool.Id + "/" + pool.UsernameKey(username)));
        return CodeDestinations.Delivery($"{(char)('a' + hash[0] % 26)}***@{(char)('a' + hash[1] % 26)}***", "EMAIL", "email");
    }
}
