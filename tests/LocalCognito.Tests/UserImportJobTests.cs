using System.Net;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>GetCSVHeader, CreateUserImportJob with the CSV PUT to its PreSignedUrl, Start/Stop/Describe/ListUserImportJobs.</summary>
public sealed class UserImportJobTests
{
    private const string RoleArn = "arn:aws:iam::000000000000:role/CognitoImport";

    private static async Task<UserImportJobType> CreateAsync(TestServer t, string poolId, string name = "migration") =>
        (await t.Client.CreateUserImportJobAsync(new CreateUserImportJobRequest { UserPoolId = poolId, JobName = name, CloudWatchLogsRoleArn = RoleArn }))
        .UserImportJob;

    private static async Task<HttpStatusCode> UploadAsync(TestServer t, string url, string csv)
    {
        using var response = await t.Http.PutAsync(url, new StringContent(csv));
        return response.StatusCode;
    }

    [Fact]
    public async Task Users_of_an_uploaded_CSV_are_imported_in_RESET_REQUIRED_and_bad_rows_fail()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t);
        var header = (await t.Client.GetCSVHeaderAsync(new GetCSVHeaderRequest { UserPoolId = pool.PoolId })).CSVHeader;
        Assert.Equal(["cognito:mfa_enabled", "cognito:username"], header[^2..]);
        Assert.Contains("custom:plan", header);
        Assert.DoesNotContain("sub", header);

        var job = await CreateAsync(t, pool.PoolId);
        Assert.Equal(UserImportJobStatusType.Created, job.Status);
        Assert.StartsWith(t.Server.Endpoint.ToString().TrimEnd('/') + "/_local/user-import/", job.PreSignedUrl);

        var csv = "cognito:username,email,email_verified,custom:plan,cognito:mfa_enabled\n"
                  + "imported,imported@example.com,true,\"gold, yearly\",false\n"
                  + "unverified,unverified@example.com,false,,false\n"
                  + "smsmfa,sms@example.com,true,,true\n";
        Assert.Equal(HttpStatusCode.Forbidden, await UploadAsync(t, job.PreSignedUrl.Split("?token=")[0] + "?token=wrong", csv));
        Assert.Equal(HttpStatusCode.OK, await UploadAsync(t, job.PreSignedUrl, csv));

        var started = (await t.Client.StartUserImportJobAsync(new StartUserImportJobRequest { UserPoolId = pool.PoolId, JobId = job.JobId })).UserImportJob;
        Assert.Equal(UserImportJobStatusType.Pending, started.Status);
        Assert.NotNull(started.StartDate);
        var done = (await t.Client.DescribeUserImportJobAsync(new DescribeUserImportJobRequest { UserPoolId = pool.PoolId, JobId = job.JobId })).UserImportJob;
        Assert.Equal((UserImportJobStatusType.Failed, 1L, 2L), (done.Status, done.ImportedUsers, done.FailedUsers));
        Assert.Contains("2 of 3 users", done.CompletionMessage);

        var user = await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = pool.PoolId, Username = "imported" });
        Assert.Equal(UserStatusType.RESET_REQUIRED, user.UserStatus);
        Assert.Equal("gold, yearly", user.UserAttributes.Single(a => a.Name == "custom:plan").Value);
        await Assert.ThrowsAsync<PasswordResetRequiredException>(() => pool.SignInAsync("imported"));
        await Assert.ThrowsAsync<UserNotFoundException>(() => t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = pool.PoolId, Username = "unverified" }));

        var again = await Assert.ThrowsAsync<PreconditionNotMetException>(() =>
            t.Client.StartUserImportJobAsync(new StartUserImportJobRequest { UserPoolId = pool.PoolId, JobId = job.JobId }));
        Assert.Contains("is Failed", again.Message);
        await Assert.ThrowsAsync<PreconditionNotMetException>(() =>
            t.Client.StopUserImportJobAsync(new StopUserImportJobRequest { UserPoolId = pool.PoolId, JobId = job.JobId }));
        Assert.Equal(HttpStatusCode.Conflict, await UploadAsync(t, job.PreSignedUrl, csv));
    }

    [Fact]
    public async Task Jobs_are_listed_by_page_a_wrong_header_fails_a_job_and_an_unused_job_expires()
    {
        await using var t = await TestServer.StartAsync();
        var first = await CreateAsync(t, t.PoolId, "first");
        Assert.Equal(HttpStatusCode.OK, await UploadAsync(t, first.PreSignedUrl, "cognito:username,favourite_colour\nann,blue\n"));
        await t.Client.StartUserImportJobAsync(new StartUserImportJobRequest { UserPoolId = t.PoolId, JobId = first.JobId });
        var failed = (await t.Client.DescribeUserImportJobAsync(new DescribeUserImportJobRequest { UserPoolId = t.PoolId, JobId = first.JobId })).UserImportJob;
        Assert.Equal(UserImportJobStatusType.Failed, failed.Status);
        Assert.Contains("favourite_colour", failed.CompletionMessage);

        t.Time.Advance(TimeSpan.FromSeconds(1));
        var second = await CreateAsync(t, t.PoolId, "second");
        var page = await t.Client.ListUserImportJobsAsync(new ListUserImportJobsRequest { UserPoolId = t.PoolId, MaxResults = 1 });
        var rest = await t.Client.ListUserImportJobsAsync(new ListUserImportJobsRequest { UserPoolId = t.PoolId, MaxResults = 1, PaginationToken = page.PaginationToken });
        Assert.Equal(["first", "second"], page.UserImportJobs.Concat(rest.UserImportJobs).Select(job => job.JobName));

        t.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(UserImportJobStatusType.Expired,
            (await t.Client.DescribeUserImportJobAsync(new DescribeUserImportJobRequest { UserPoolId = t.PoolId, JobId = second.JobId })).UserImportJob.Status);
        await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.CreateUserImportJobAsync(new CreateUserImportJobRequest
        {
            UserPoolId = t.PoolId, JobName = "x", CloudWatchLogsRoleArn = "arn:aws:iam::000000000000:user/not-a-role",
        }));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            t.Client.DescribeUserImportJobAsync(new DescribeUserImportJobRequest { UserPoolId = t.PoolId, JobId = "import-nosuchjob0" }));
    }
}
