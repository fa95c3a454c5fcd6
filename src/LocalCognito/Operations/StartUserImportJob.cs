using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;
using LocalCognito.UserImport;

namespace LocalCognito.Operations;

/// <summary>
/// Starts a Created job. Cognito answers Pending and imports in the background; LocalCognito answers Pending too but
/// has imported by the time it answers, so the next DescribeUserImportJob shows the outcome. A job whose CSV was never
/// uploaded fails, as Cognito's does.
/// </summary>
public sealed class StartUserImportJob(CognitoStore store, ImportJobs jobs, UserImporter importer, TimeProvider time) : ICognitoOperation
{
    public string Name => "StartUserImportJob";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var job = jobs.Require(pool.Id, request.Required("JobId"));
        if (ImportJobs.Status(job) != "Created")
        {
            throw new CognitoException("PreconditionNotMetException", $"User import job {job["JobId"]} is {ImportJobs.Status(job)}; only a Created job can be started.");
        }

        job["StartDate"] = JsonRequest.Epoch(time.GetUtcNow());
        var answer = ImportJobs.View(job);
        answer["Status"] = "Pending";
        if (ImportJobs.UploadedCsv(job) is { } csv)
        {
            importer.Run(pool, job, csv);
        }
        else
        {
            job["Status"] = "Failed";
            job["CompletionDate"] = job["StartDate"]!.DeepClone();
            job["CompletionMessage"] = "No CSV file was uploaded to the job's PreSignedUrl.";
        }

        jobs.Save(pool.Id, job);
        return new JsonObject { ["UserImportJob"] = answer };
    }
}
