using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Changes the members given (Description, RoleArn, Precedence); the others keep their values.</summary>
public sealed class UpdateGroup(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "UpdateGroup";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var group = store.UpdateGroup(pool.Id, request.Required("GroupName"), GroupView.NotFound, group =>
        {
            group.Description = request.OptionalString("Description") ?? group.Description;
            group.RoleArn = request.OptionalString("RoleArn") ?? group.RoleArn;
            group.Precedence = request.Int("Precedence") ?? group.Precedence;
            group.LastModifiedDate = time.GetUtcNow();
        });
        return new JsonObject { ["Group"] = GroupView.Describe(group) };
    }
}
