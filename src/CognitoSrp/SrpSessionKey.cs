using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace CognitoSrp;

/// <summary>
/// Turns the shared secret S into the 16-byte key Cognito signs the password claim with:
/// HKDF-SHA256(ikm: PAD(S), salt: PAD(u), info: "Caldera Derived Key").
/// </summary>
internal static class SrpSessionKey
{
    private const int KeyLength = 16;
    private static readonly byte[] Info = Encoding.UTF8.GetBytes("Caldera Derived Key");

    public static byte[] Derive(BigInteger sharedSecret, BigInteger u) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, SrpHex.ToPaddedBytes(sharedSecret), KeyLength, SrpHex.ToPaddedBytes(u), Info);
}
