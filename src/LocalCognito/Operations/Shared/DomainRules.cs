using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>The checks and views the user pool domain operations share.</summary>
public static class DomainRules
{
    private static readonly string[] ReservedWords = ["aws", "amazon", "cognito"];

    /// <summary>
    /// Custom domains need a certificate, CloudFront and DNS: LocalCognito serves every domain at
    /// {base URL}/domain/{name} on its own port, so it refuses CustomDomainConfig rather than pretend to serve it.
    /// </summary>
    public static void RefuseCustomDomain(JsonObject request)
    {
        if (request["CustomDomainConfig"] is not null)
        {
            throw Errors.InvalidParameter(
                "LocalCognito does not emulate custom domains (CustomDomainConfig); create a prefix domain, served at {endpoint}/domain/{prefix}.");
        }
    }

    public static void CheckPrefix(string domain)
    {
        var reserved = ReservedWords.FirstOrDefault(word => domain.Contains(word, StringComparison.Ordinal));
        if (reserved is not null)
        {
            throw Errors.InvalidParameter($"Domain cannot contain reserved word: {reserved}");
        }
    }

    /// <summary>ManagedLoginVersion: 1 (classic hosted UI) or 2 (managed login); null when not given.</summary>
    public static int? ManagedLoginVersion(JsonObject request)
    {
        var version = request.Int("ManagedLoginVersion");
        if (version is not null and not (1 or 2))
        {
            throw Errors.InvalidParameter("ManagedLoginVersion must be 1 or 2.");
        }

        return version;
    }

    public static CognitoException NoSuchDomain() => Errors.InvalidParameter("No such domain or user pool exists.");

    public static JsonObject Describe(PoolDomain domain) => new()
    {
        ["UserPoolId"] = domain.UserPoolId,
        ["AWSAccountId"] = "000000000000",
        ["Domain"] = domain.Domain,
        ["Version"] = domain.CreationDate.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture),
        ["Status"] = "ACTIVE",
        ["ManagedLoginVersion"] = domain.ManagedLoginVersion,
    };
}
