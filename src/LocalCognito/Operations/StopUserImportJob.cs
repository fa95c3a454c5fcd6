using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;
using LocalCognito.UserImport;

namespace LocalCognito.Operations;

/// <summary>
/// Stops a Pending or InProgress job. LocalCognito's jobs finish as they start, so there is never one to stop: every
/// stop answers PreconditionNotMetException with the job's actual status.
/// </summary>
public sealed class StopUserImportJob(CognitoStore store, ImportJobs jobs) : ICognitoOperation
{
    public string Name => "StopUserImportJob";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var job = jobs.Require(pool.Id, request.Required("JobId"));
        var status = ImportJobs.Status(job);
        if (status is not ("Pending" or "InProgress"))
        {
            throw new CognitoException("PreconditionNotMetException", $"User import job {job["JobId"]} is {status}; only a Pending or InProgress job can be stopped.");
        }

        job["Status"] = "Stopped";
        jobs.Save(pool.Id, job);
        return new JsonObject { ["UserImportJob"] = ImportJobs.View(job) };
    }
}
