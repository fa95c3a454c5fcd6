using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Describes a domain; as in Cognito, an unknown domain gives an empty DomainDescription, not an error.</summary>
public sealed class DescribeUserPoolDomain(CognitoStore store) : ICognitoOperation
{
    public string Name => "DescribeUserPoolDomain";

    public JsonObject Execute(JsonObject request)
    {
        var domain = store.FindDomain(request.Required("Domain"));
        return new JsonObject { ["DomainDescription"] = domain is null ? new JsonObject() : DomainRules.Describe(domain) };
    }
}
