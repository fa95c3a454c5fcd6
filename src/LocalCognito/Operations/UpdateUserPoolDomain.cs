using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Changes a prefix domain's managed login version (custom domains are not emulated).</summary>
public sealed class UpdateUserPoolDomain(CognitoStore store) : ICognitoOperation
{
    public string Name => "UpdateUserPoolDomain";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        DomainRules.RefuseCustomDomain(request);
        var version = DomainRules.ManagedLoginVersion(request);
        var domain = store.UpdateDomain(pool.Id, request.Required("Domain"), version, certificateArn: null)
            ?? throw DomainRules.NoSuchDomain();
        return new JsonObject { ["ManagedLoginVersion"] = domain.ManagedLoginVersion };
    }
}
