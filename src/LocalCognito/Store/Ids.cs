using System.Security.Cryptography;

namespace LocalCognito.Store;

/// <summary>Identifiers in the shapes Cognito uses.</summary>
public static class Ids
{
    private const string Alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string LowerAlphanumerics = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>"us-east-1_AbC123xyZ": the region, an underscore and 9 alphanumerics.</summary>
    public static string UserPoolId(string region) => region + "_" + RandomNumberGenerator.GetString(Alphanumerics, 9);

    /// <summary>26 lower-case alphanumerics.</summary>
    public static string ClientId() => RandomNumberGenerator.GetString(LowerAlphanumerics, 26);

    /// <summary>A client secret: 51 lower-case alphanumerics, like Cognito's.</summary>
    public static string ClientSecret() => RandomNumberGenerator.GetString(LowerAlphanumerics, 51);

    /// <summary>"us-east-1_" followed by a UUID.</summary>
    public static string DeviceKey(string region) => region + "_" + Guid.NewGuid().ToString("D");

    public static string DeviceGroupKey() => "-" + RandomNumberGenerator.GetString(Alphanumerics, 9);

    /// <summary>
    /// An opaque random token of the given number of bytes, URL-safe base64, starting with a letter or digit
    /// (a leading '-' would make command-line clients such as the AWS CLI read it as an option).
    /// </summary>
    public static string Opaque(int bytes)
    {
        while (true)
        {
            var token = Base64Url(RandomNumberGenerator.GetBytes(bytes));
            if (char.IsAsciiLetterOrDigit(token[0]))
            {
                return token;
            }
        }
    }

    public static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
