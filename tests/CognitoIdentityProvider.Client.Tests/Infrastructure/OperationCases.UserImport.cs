using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>Bulk user import from a CSV file: the header to fill in and the jobs that read the file.</summary>
public static partial class OperationCases
{
    private const string ImportJobId = "import-a1b2c3d4e5";
    private const string ImportRoleArn = "arn:aws:iam::123456789012:role/CognitoImportLogs";

    private static string ImportJobJson(string status, string extra = "") =>
        $$$"""
        {"UserImportJob":{"JobName":"march-migration","JobId":"import-a1b2c3d4e5","UserPoolId":"us-east-1_AbC123xyZ",
          "PreSignedUrl":"https://s3.us-east-1.amazonaws.com/import-bucket/us-east-1_AbC123xyZ/import-a1b2c3d4e5?X-Amz-Signature=abc",
          "CreationDate":1700000000,"Status":"{{{status}}}","CloudWatchLogsRoleArn":"arn:aws:iam::123456789012:role/CognitoImportLogs",
          "ImportedUsers":0,"SkippedUsers":0,"FailedUsers":0{{{extra}}}}}
        """;

    private static void VerifyImportJob(UserImportJobType job, UserImportJobStatusType status)
    {
        Assert.Equal("march-migration", job.JobName);
        Assert.Equal(ImportJobId, job.JobId);
        Assert.Equal(PoolId, job.UserPoolId);
        Assert.StartsWith("https://s3.us-east-1.amazonaws.com/import-bucket/", job.PreSignedUrl);
        Assert.Equal(Epoch1700000000, job.CreationDate);
        Assert.Equal(status, job.Status);
        Assert.Equal(ImportRoleArn, job.CloudWatchLogsRoleArn);
    }

    private static IEnumerable<OperationCase> UserImportCases()
    {
        yield return OperationCase.Create("GetCSVHeader", true,
            new GetCSVHeaderRequest { UserPoolId = PoolId },
            (c, r, ct) => c.GetCSVHeaderAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ"}""",
            """{"UserPoolId":"us-east-1_AbC123xyZ","CSVHeader":["name","given_name","email","email_verified","cognito:mfa_enabled","cognito:username"]}""",
            r =>
            {
                Assert.Equal(PoolId, r.UserPoolId);
                Assert.Equal(6, r.CSVHeader.Count);
                Assert.Equal("cognito:username", r.CSVHeader[^1]);
            });

        yield return OperationCase.Create("CreateUserImportJob", true,
            new CreateUserImportJobRequest { UserPoolId = PoolId, JobName = "march-migration", CloudWatchLogsRoleArn = ImportRoleArn },
            (c, r, ct) => c.CreateUserImportJobAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","JobName":"march-migration","CloudWatchLogsRoleArn":"arn:aws:iam::123456789012:role/CognitoImportLogs"}""",
            ImportJobJson("Created"),
            r =>
            {
                VerifyImportJob(r.UserImportJob, UserImportJobStatusType.Created);
                Assert.Null(r.UserImportJob.StartDate);
                Assert.Equal(0, r.UserImportJob.ImportedUsers);
            });

        yield return OperationCase.Create("StartUserImportJob", true,
            new StartUserImportJobRequest { UserPoolId = PoolId, JobId = ImportJobId },
            (c, r, ct) => c.StartUserImportJobAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","JobId":"import-a1b2c3d4e5"}""",
            ImportJobJson("Pending", ""","StartDate":1700000060"""),
            r =>
            {
                VerifyImportJob(r.UserImportJob, UserImportJobStatusType.Pending);
                Assert.Equal(Epoch1700000000.AddMinutes(1), r.UserImportJob.StartDate);
            });

        yield return OperationCase.Create("StopUserImportJob", true,
            new StopUserImportJobRequest { UserPoolId = PoolId, JobId = ImportJobId },
            (c, r, ct) => c.StopUserImportJobAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","JobId":"import-a1b2c3d4e5"}""",
            ImportJobJson("Stopping", ""","StartDate":1700000060"""),
            r => VerifyImportJob(r.UserImportJob, UserImportJobStatusType.Stopping));

        yield return OperationCase.Create("DescribeUserImportJob", true,
            new DescribeUserImportJobRequest { UserPoolId = PoolId, JobId = ImportJobId },
            (c, r, ct) => c.DescribeUserImportJobAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","JobId":"import-a1b2c3d4e5"}""",
            """
            {"UserImportJob":{"JobName":"march-migration","JobId":"import-a1b2c3d4e5","UserPoolId":"us-east-1_AbC123xyZ",
              "PreSignedUrl":"https://s3.us-east-1.amazonaws.com/import-bucket/us-east-1_AbC123xyZ/import-a1b2c3d4e5?X-Amz-Signature=abc",
              "CreationDate":1700000000,"StartDate":1700000060,"CompletionDate":1700000120,"Status":"Succeeded",
              "CloudWatchLogsRoleArn":"arn:aws:iam::123456789012:role/CognitoImportLogs",
              "ImportedUsers":3000000000,"SkippedUsers":2,"FailedUsers":1,"CompletionMessage":"The user import job has completed."}}
            """,
            r =>
            {
                VerifyImportJob(r.UserImportJob, UserImportJobStatusType.Succeeded);
                Assert.Equal(Epoch1700000000.AddMinutes(2), r.UserImportJob.CompletionDate);
                Assert.Equal(3_000_000_000L, r.UserImportJob.ImportedUsers);
                Assert.Equal(2, r.UserImportJob.SkippedUsers);
                Assert.Equal(1, r.UserImportJob.FailedUsers);
                Assert.Equal("The user import job has completed.", r.UserImportJob.CompletionMessage);
            });

        yield return OperationCase.Create("ListUserImportJobs", true,
            new ListUserImportJobsRequest { UserPoolId = PoolId, MaxResults = 1, PaginationToken = "ij-page-1" },
            (c, r, ct) => c.ListUserImportJobsAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","MaxResults":1,"PaginationToken":"ij-page-1"}""",
            """
            {"UserImportJobs":[{"JobName":"march-migration","JobId":"import-a1b2c3d4e5","UserPoolId":"us-east-1_AbC123xyZ",
               "CreationDate":1700000000,"Status":"Expired","ImportedUsers":0,"SkippedUsers":0,"FailedUsers":0}],
             "PaginationToken":"ij-page-2"}
            """,
            r =>
            {
                var job = Assert.Single(r.UserImportJobs);
                Assert.Equal(UserImportJobStatusType.Expired, job.Status);
                Assert.Null(job.PreSignedUrl);
                Assert.Equal("ij-page-2", r.PaginationToken);
            });
    }
}
