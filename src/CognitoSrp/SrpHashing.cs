using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace CognitoSrp;

/// <summary>The SHA-256 based SRP values shared by client and server: u and x.</summary>
internal static class SrpHashing
{
    /// <summary>SHA-256 over the concatenated parts, read as a non-negative big-endian number.</summary>
    public static BigInteger HashToInteger(params ReadOnlySpan<byte[]> parts)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            sha256.AppendData(part);
        }

        return SrpHex.FromUnsignedBytes(sha256.GetHashAndReset());
    }

    /// <summary>u = H(PAD(A) | PAD(B)).</summary>
    public static BigInteger ComputeU(BigInteger a, BigInteger b) =>
        HashToInteger(SrpHex.ToPaddedBytes(a), SrpHex.ToPaddedBytes(b));

    /// <summary>x = H(PAD(salt) | H(realm + identity + ":" + password)).</summary>
    public static BigInteger ComputeX(string realm, string identity, string password, BigInteger salt)
    {
        var identityHash = SHA256.HashData(Encoding.UTF8.GetBytes(realm + identity + ":" + password));
        return HashToInteger(SrpHex.ToPaddedBytes(salt), identityHash);
    }
}
