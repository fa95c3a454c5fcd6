using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class DeleteUserPoolDomain(CognitoStore store) : ICognitoOperation
{
    public string Name => "DeleteUserPoolDomain";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        if (!store.DeleteDomain(pool.Id, request.Required("Domain")))
        {
            throw DomainRules.NoSuchDomain();
        }

        return new JsonObject();
    }
}
