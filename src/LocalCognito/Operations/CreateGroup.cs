using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class CreateGroup(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "CreateGroup";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var now = time.GetUtcNow();
        var group = new Group
        {
            UserPoolId = pool.Id,
            GroupName = request.Required("GroupName"),
            Description = request.OptionalString("Description"),
            RoleArn = request.OptionalString("RoleArn"),
            Precedence = request.Int("Precedence"),
            CreationDate = now,
            LastModifiedDate = now,
        };
        if (!store.TryAddGroup(group))
        {
            throw new CognitoException("GroupExistsException", "A group with the name " + group.GroupName + " already exists.");
        }

        return new JsonObject { ["Group"] = GroupView.Describe(group) };
    }
}
