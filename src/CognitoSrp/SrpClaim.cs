using System.Security.Cryptography;
using System.Text;

namespace CognitoSrp;

/// <summary>
/// The password claim both sides compute: HMAC-SHA256(key, realm | identity | secret block | timestamp),
/// strings as UTF-8 and the secret block as its decoded bytes.
/// </summary>
internal static class SrpClaim
{
    public static byte[] Sign(byte[] key, string realm, string identity, byte[] secretBlock, string timestamp)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes(realm));
        hmac.AppendData(Encoding.UTF8.GetBytes(identity));
        hmac.AppendData(secretBlock);
        hmac.AppendData(Encoding.UTF8.GetBytes(timestamp));
        return hmac.GetHashAndReset();
    }
}
