using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Deletes a group; its members leave it (their next tokens no longer name it).</summary>
public sealed class DeleteGroup(CognitoStore store) : ICognitoOperation
{
    public string Name => "DeleteGroup";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        if (!store.DeleteGroup(pool.Id, request.Required("GroupName")))
        {
            throw GroupView.NotFound();
        }

        return new JsonObject();
    }
}
