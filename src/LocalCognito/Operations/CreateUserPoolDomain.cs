using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Gives a pool a prefix domain, which serves /oauth2/* and the managed login pages locally (see OAuth/DomainUrls).</summary>
public sealed class CreateUserPoolDomain(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "CreateUserPoolDomain";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        DomainRules.RefuseCustomDomain(request);
        var name = request.Required("Domain");
        DomainRules.CheckPrefix(name);
        var domain = new PoolDomain
        {
            Domain = name,
            UserPoolId = pool.Id,
            ManagedLoginVersion = DomainRules.ManagedLoginVersion(request) ?? 1,
            CreationDate = time.GetUtcNow(),
        };
        switch (store.TryAddDomain(domain))
        {
            case DomainRefusal.NameTaken:
                throw Errors.InvalidParameter("Domain already associated with another user pool.");
            case DomainRefusal.PoolHasOne:
                throw Errors.InvalidParameter("User pool already has a domain configured.");
        }

        return new JsonObject { ["ManagedLoginVersion"] = domain.ManagedLoginVersion };
    }
}
