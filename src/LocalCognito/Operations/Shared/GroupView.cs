using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>GroupType in responses, group lookups and group pages.</summary>
public static class GroupView
{
    public static CognitoException NotFound() => Errors.ResourceNotFound("Group not found.");

    public static Group Require(CognitoStore store, UserPool pool, string groupName) =>
        store.FindGroup(pool.Id, groupName) ?? throw NotFound();

    public static JsonObject Describe(Group group)
    {
        var view = new JsonObject { ["GroupName"] = group.GroupName, ["UserPoolId"] = group.UserPoolId };
        if (group.Description is not null)
        {
            view["Description"] = group.Description;
        }

        if (group.RoleArn is not null)
        {
            view["RoleArn"] = group.RoleArn;
        }

        if (group.Precedence is { } precedence)
        {
            view["Precedence"] = precedence;
        }

        view["LastModifiedDate"] = JsonRequest.Epoch(group.LastModifiedDate);
        view["CreationDate"] = JsonRequest.Epoch(group.CreationDate);
        return view;
    }

    /// <summary>One page (Limit up to 60, NextToken) of items sorted by a unique key, under the response member <paramref name="member"/>.</summary>
    public static JsonObject Page<T>(IReadOnlyList<T> sorted, Func<T, string> key, Func<T, JsonObject> describe, string member, JsonObject request)
    {
        var limit = request.Int("Limit") is { } requested and > 0 ? requested : 60;
        var (page, next) = Paging.Page(sorted, key, request.OptionalString("NextToken"), limit);
        var response = new JsonObject { [member] = new JsonArray(page.Select(item => (JsonNode)describe(item)).ToArray()) };
        if (next is not null)
        {
            response["NextToken"] = next;
        }

        return response;
    }
}
