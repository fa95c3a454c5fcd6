using System.Text.Json.Nodes;
using Reliability.Tests.Wire;

namespace Reliability.Tests.Support;

/// <summary>Every user of a pool, read page by page with ListUsers.</summary>
public static class PoolUsers
{
    private const int MaxPages = 2_000;

    public static async Task<IReadOnlyList<(string Username, string? Status)>> ListAllAsync(
        CognitoWireClient cognito, string userPoolId, CancellationToken ct = default)
    {
        var users = new List<(string, string?)>();
        string? token = null;
        var pages = 0;
        do
        {
            // A server that keeps handing out tokens must not hang the test.
            if (++pages > MaxPages)
            {
                throw new InvalidOperationException($"ListUsers still paging after {MaxPages} pages.");
            }
            var request = new JsonObject { ["UserPoolId"] = userPoolId, ["Limit"] = 60 };
            if (token is not null)
            {
                request["PaginationToken"] = token;
            }
            var page = await cognito.CallAsync("ListUsers", request, ct);
            foreach (var user in page["Users"]?.AsArray() ?? [])
            {
                users.Add((user!["Username"]!.GetValue<string>(), user["UserStatus"]?.GetValue<string>()));
            }
            token = page["PaginationToken"]?.GetValue<string>();
        }
        while (!string.IsNullOrEmpty(token));
        return users;
    }
}
