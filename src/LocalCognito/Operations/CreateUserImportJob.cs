using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;
using LocalCognito.UserImport;

namespace LocalCognito.Operations;

/// <summary>
/// Creates an import job in status Created, with a PreSignedUrl at which LocalCognito itself takes the CSV by HTTP PUT
/// (within a day; an unused job then expires). The CloudWatch Logs role must be an IAM role ARN; no logs are written.
/// </summary>
public sealed partial class CreateUserImportJob(CognitoStore store, ImportJobs jobs) : ICognitoOperation
{
    public string Name => "CreateUserImportJob";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var roleArn = request.Required("CloudWatchLogsRoleArn");
        if (!RoleArn().IsMatch(roleArn))
        {
            throw Errors.InvalidParameter($"CloudWatchLogsRoleArn {roleArn} is not an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME).");
        }

        return new JsonObject { ["UserImportJob"] = ImportJobs.View(jobs.Create(pool, request.Required("JobName"), roleArn)) };
    }

    [GeneratedRegex(@"^arn:aws[\w-]*:iam::\d{12}:role/[\w+=,.@/-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleArn();
}
