using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;
using LocalCognito.UserImport;

namespace LocalCognito.Operations;

/// <summary>The pool's import jobs, oldest first, MaxResults (required, 1 to 60) at a time.</summary>
public sealed class ListUserImportJobs(CognitoStore store, ImportJobs jobs) : ICognitoOperation
{
    public string Name => "ListUserImportJobs";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var (page, next) = Paging.Page(jobs.All(pool.Id), entry => entry.Key, request.OptionalString("PaginationToken"), request.Int("MaxResults") ?? 60);
        var response = new JsonObject { ["UserImportJobs"] = new JsonArray([.. page.Select(entry => (JsonNode)ImportJobs.View(entry.Job))]) };
        if (next is not null)
        {
            response["PaginationToken"] = next;
        }

        return response;
    }
}
