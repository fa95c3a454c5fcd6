using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>SigV4 on IAM-authorized operations, as the AWS CLI signs them.</summary>
public sealed class AwsCliIamTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task An_admin_call_signed_with_the_configured_credentials_succeeds()
    {
        using var aws = cognito.NewAwsCli();

        var pools = (await ListPoolsAsync(aws)).ShouldSucceed();

        Assert.Contains(pools["UserPools"]?.AsArray() ?? [], pool => pool?["Id"]?.GetValue<string>() == cognito.UserPoolId);
    }

    [Fact]
    public async Task A_wrong_secret_key_is_InvalidSignatureException()
    {
        using var aws = new AwsCli(cognito.Endpoint, cognito.Region, cognito.Credentials with { SecretAccessKey = "not-the-secret" });

        (await ListPoolsAsync(aws)).ShouldFailWith("InvalidSignatureException",
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");
    }

    [Fact]
    public async Task An_unknown_access_key_is_UnrecognizedClientException()
    {
        using var aws = new AwsCli(cognito.Endpoint, cognito.Region, new AwsCredentials("AKIAUNKNOWNCONFORMANCE", "whatever"));

        (await aws.CognitoAsync("admin-initiate-auth",
                "--user-pool-id", cognito.UserPoolId,
                "--client-id", cognito.ClientId,
                "--auth-flow", "ADMIN_USER_PASSWORD_AUTH",
                "--auth-parameters", CliArguments.JsonMap(("USERNAME", "nobody"), ("PASSWORD", "Irrelevant1!"))))
            .ShouldFailWith("UnrecognizedClientException", "The security token included in the request is invalid.");
    }

    [Fact]
    public async Task An_unsigned_admin_call_is_MissingAuthenticationTokenException()
    {
        using var aws = cognito.NewAwsCli();

        (await aws.CognitoAsync("list-user-pools", "--max-results", "10", "--no-sign-request"))
            .ShouldFailWith("MissingAuthenticationTokenException", "Missing Authentication Token");
    }

    private static Task<AwsCliResult> ListPoolsAsync(AwsCli aws) => aws.CognitoAsync("list-user-pools", "--max-results", "60");
}
