using System.Text.Json.Nodes;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// cognito:groups (access and id tokens) and cognito:roles / cognito:preferred_role (id token): groups ordered by
/// precedence, lowest first, groups without precedence last, ties by name. Absent when the user is in no group.
/// </summary>
public static class GroupClaims
{
    public static IReadOnlyList<Group> Ordered(CognitoStore store, User user) =>
        user.Groups.Select(name => store.FindGroup(user.UserPoolId, name)).OfType<Group>()
            .OrderBy(group => group.Precedence ?? int.MaxValue).ThenBy(group => group.Precedence is null)
            .ThenBy(group => group.GroupName, StringComparer.Ordinal).ToList();

    public static void AddGroups(JsonObject claims, IReadOnlyList<Group> groups)
    {
        if (groups.Count > 0)
        {
            claims["cognito:groups"] = new JsonArray(groups.Select(group => (JsonNode)JsonValue.Create(group.GroupName)).ToArray());
        }
    }

    public static void AddRoles(JsonObject claims, IReadOnlyList<Group> groups)
    {
        var roles = groups.Where(group => group.RoleArn is not null).ToList();
        if (roles.Count == 0)
        {
            return;
        }

        claims["cognito:roles"] = new JsonArray(roles.Select(group => (JsonNode)JsonValue.Create(group.RoleArn)!).ToArray());
        claims["cognito:preferred_role"] = roles[0].RoleArn;
    }
}
