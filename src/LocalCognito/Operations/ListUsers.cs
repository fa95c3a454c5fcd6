using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>ListUsers with Limit/PaginationToken and Cognito's simple filter: attribute = "value" or attribute ^= "prefix".</summary>
public sealed partial class ListUsers(CognitoStore store) : ICognitoOperation
{
    private static readonly HashSet<string> Searchable =
        ["username", "email", "phone_number", "name", "given_name", "family_name", "preferred_username", "cognito:user_status", "status", "sub"];

    public string Name => "ListUsers";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var matches = ParseFilter(request.OptionalString("Filter"));
        var limit = request.Int("Limit") is { } requested and > 0 ? requested : 60;
        var attributesToGet = request.StringList("AttributesToGet");
        var users = store.Users(pool.Id).Where(matches).ToList();
        var (page, next) = Paging.Page(users, user => user.Username, request.OptionalString("PaginationToken"), limit);
        var response = new JsonObject { ["Users"] = new JsonArray(page.Select(user => (JsonNode)UserView.Summary(user, attributesToGet)).ToArray()) };
        if (next is not null)
        {
            response["PaginationToken"] = next;
        }

        return response;
    }

    private static Func<User, bool> ParseFilter(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return _ => true;
        }

        var match = FilterSyntax().Match(filter);
        if (!match.Success)
        {
            throw Errors.InvalidParameter("Error while parsing filter.");
        }

        var attribute = match.Groups["attr"].Value;
        if (!Searchable.Contains(attribute))
        {
            throw Errors.InvalidParameter($"Invalid search attribute: {attribute}");
        }

        var prefix = match.Groups["op"].Value == "^=";
        var wanted = FilterValue.Unescape(match.Groups["value"].Value);
        return user =>
        {
            var actual = attribute switch
            {
                "username" => user.Username,
                "cognito:user_status" => user.Status,
                "status" => user.Enabled ? "Enabled" : "Disabled",
                _ => user.GetAttribute(attribute),
            };
            if (actual is null)
            {
                return false;
            }

            return prefix ? actual.StartsWith(wanted, StringComparison.OrdinalIgnoreCase) : string.Equals(actual, wanted, StringComparison.OrdinalIgnoreCase);
        };
    }

    [GeneratedRegex("""^\s*(?<attr>[\w:]+)\s*(?<op>\^?=)\s*"(?<value>(?:[^"\\]|\\.)*)"\s*$""")]
    private static partial Regex FilterSyntax();
}
