using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.UserImport;

/// <summary>
/// User import jobs, kept as UserImportJobType bodies in the store with LocalCognito's bookkeeping (upload token,
/// uploaded CSV) in members the API never shows. The job's PreSignedUrl points at LocalCognito itself, which takes the
/// CSV by HTTP PUT there, as S3 would take it at Cognito's URL.
/// </summary>
public sealed class ImportJobs(CognitoStore store, ServerInfo server, TimeProvider time)
{
    public const string Section = "user-import-jobs";
    public const string UploadPath = "/_local/user-import";
    public const int MaxCsvBytes = 100 * 1024 * 1024;
    public static readonly TimeSpan UploadWindow = TimeSpan.FromDays(1);

    private const string TokenMember = "_UploadToken", CsvMember = "_Csv", TicksMember = "_Ticks";

    public JsonObject Create(UserPool pool, string jobName, string roleArn)
    {
        var now = time.GetUtcNow();
        var jobId = "import-" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 10);
        var token = Ids.Opaque(32);
        var job = new JsonObject
        {
            ["JobName"] = jobName,
            ["JobId"] = jobId,
            ["UserPoolId"] = pool.Id,
            ["PreSignedUrl"] = $"{server.BaseUrl}{UploadPath}/{pool.Id}/{jobId}?token={token}",
            ["CreationDate"] = JsonRequest.Epoch(now),
            ["Status"] = "Created",
            ["CloudWatchLogsRoleArn"] = roleArn,
            ["ImportedUsers"] = 0,
            ["SkippedUsers"] = 0,
            ["FailedUsers"] = 0,
            [TokenMember] = token,
            [TicksMember] = now.UtcTicks.ToString("D20", System.Globalization.CultureInfo.InvariantCulture),
        };
        Save(pool.Id, job);
        return job;
    }

    /// <summary>The job with its bookkeeping, after expiring it when its upload window passed unused.</summary>
    public JsonObject Require(string poolId, string jobId)
    {
        var job = store.FindDocument(Section, poolId, jobId) ?? throw Errors.ResourceNotFound($"User import job {jobId} does not exist.");
        if (Status(job) == "Created" && time.GetUtcNow().UtcTicks - long.Parse(job[TicksMember]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > UploadWindow.Ticks)
        {
            job["Status"] = "Expired";
            job["CompletionMessage"] = "The user import job expired before it was started.";
            Save(poolId, job);
        }

        return job;
    }

    /// <summary>The pool's jobs, oldest first, each with a key for paging.</summary>
    public List<(string Key, JsonObject Job)> All(string poolId) =>
        [.. store.Documents(Section, poolId)
            .Select(job => Require(poolId, job["JobId"]!.GetValue<string>()))
            .Select(job => ($"{job[TicksMember]!.GetValue<string>()}/{job["JobId"]!.GetValue<string>()}", job))
            .OrderBy(entry => entry.Item1, StringComparer.Ordinal)];

    /// <summary>Takes the CSV upload at the pre-signed URL: the right token, a job not yet started.</summary>
    public int Upload(string poolId, string jobId, string? token, string csv)
    {
        var job = store.FindDocument(Section, poolId, jobId);
        if (job is null || token is null || !CryptographicOperations.FixedTimeEquals(
                Encoding.UTF8.GetBytes(job[TokenMember]!.GetValue<string>()), Encoding.UTF8.GetBytes(token)))
        {
            return StatusCodes.Status403Forbidden;
        }

        if (Status(Require(poolId, jobId)) != "Created")
        {
            return StatusCodes.Status409Conflict;
        }

        job[CsvMember] = csv;
        Save(poolId, job);
        return StatusCodes.Status200OK;
    }

    public static string? UploadedCsv(JsonObject job) => job[CsvMember]?.GetValue<string>();

    public static string Status(JsonObject job) => job["Status"]!.GetValue<string>();

    public void Save(string poolId, JsonObject job)
    {
        if (!store.PutDocument(Section, poolId, job["JobId"]!.GetValue<string>(), job))
        {
            throw Errors.PoolNotFound(poolId);
        }
    }

    /// <summary>The job as the API shows it.</summary>
    public static JsonObject View(JsonObject job)
    {
        var view = (JsonObject)job.DeepClone();
        foreach (var member in new[] { TokenMember, CsvMember, TicksMember })
        {
            view.Remove(member);
        }

        return view;
    }
}
