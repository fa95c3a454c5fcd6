using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;
using LocalCognito.UserImport;

namespace LocalCognito.Operations;

public sealed class DescribeUserImportJob(CognitoStore store, ImportJobs jobs) : ICognitoOperation
{
    public string Name => "DescribeUserImportJob";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        return new JsonObject { ["UserImportJob"] = ImportJobs.View(jobs.Require(pool.Id, request.Required("JobId"))) };
    }
}
