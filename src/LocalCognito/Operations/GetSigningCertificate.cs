using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// The X.509 certificate (base64 DER) of the key the pool signs with, which SAML identity providers use to check the
/// pool's signed requests. Self-signed over the pool's own RSA key; the same for every call, since validity, serial and
/// the PKCS#1 v1.5 signature are all derived from the pool.
/// </summary>
public sealed class GetSigningCertificate(CognitoStore store, SigningKeys keys, ServerInfo server) : ICognitoOperation
{
    public string Name => "GetSigningCertificate";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var subject = new X500DistinguishedName($"CN=cognito-idp.{server.Region}.amazonaws.com/{pool.Id}, O=LocalCognito");
        var certificateRequest = new CertificateRequest(subject, keys.RsaFor(pool), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        certificateRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        var notBefore = pool.CreationDate.UtcDateTime.Date;
        var serial = SHA256.HashData(Encoding.UTF8.GetBytes(pool.Id))[..16];
        serial[0] &= 0x7F; // a positive serial number
        var generator = X509SignatureGenerator.CreateForRSA(keys.RsaFor(pool), RSASignaturePadding.Pkcs1);
        using var certificate = certificateRequest.Create(subject, generator, notBefore, notBefore.AddYears(10), serial);
        return new JsonObject { ["Certificate"] = Convert.ToBase64String(certificate.RawData) };
    }
}
