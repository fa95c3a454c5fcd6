using System.Text.RegularExpressions;
using Amazon.CognitoIdentityProvider;
using CognitoIdentityProvider.Client.Tests.Infrastructure;

namespace CognitoIdentityProvider.Client.Tests;

/// <summary>Every operation over real HTTP: envelope, body, auth and response parsing.</summary>
public sealed class OperationWireTests
{
    private static readonly Regex SigV4Authorization = new(
        "^AWS4-HMAC-SHA256 Credential=AKIDTESTCLIENT/(?<date>\\d{8})/us-east-1/cognito-idp/aws4_request, " +
        "SignedHeaders=(?<signed>[a-z0-9;-]+), Signature=[0-9a-f]{64}$");

    [Fact]
    public void EveryClientOperationHasACase()
    {
        var operations = typeof(IAmazonCognitoIdentityProvider).GetMethods()
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
            .Select(m => m.Name[..^"Async".Length])
            .Order(StringComparer.Ordinal);
        Assert.Equal(operations, OperationCases.All.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OperationCases.Names), MemberType = typeof(OperationCases))]
    public async Task SendsTheJson11Envelope(string operation)
    {
        var (request, _) = await Exchange(operation);

        Assert.Equal("POST", request.Method);
        Assert.Equal("/", request.Path);
        Assert.Equal($"AWSCognitoIdentityProviderService.{operation}", request.Header("X-Amz-Target"));
        Assert.StartsWith("application/x-amz-json-1.1", request.Header("Content-Type"));
    }

    [Theory]
    [MemberData(nameof(OperationCases.Names), MemberType = typeof(OperationCases))]
    public async Task SendsTheExpectedBody(string operation)
    {
        var (request, _) = await Exchange(operation);

        JsonAssert.Equivalent(OperationCases.All[operation].ExpectedRequestJson, request.Body);
    }

    [Theory]
    [MemberData(nameof(OperationCases.Names), MemberType = typeof(OperationCases))]
    public async Task SignsExactlyTheOperationsThatNeedIam(string operation)
    {
        var (request, _) = await Exchange(operation);

        var authorization = request.Header("Authorization");
        if (!OperationCases.All[operation].Signed)
        {
            Assert.Null(authorization);
            return;
        }
        Assert.NotNull(authorization);
        var match = SigV4Authorization.Match(authorization);
        Assert.True(match.Success, $"Malformed SigV4 Authorization header: {authorization}");
        var signed = match.Groups["signed"].Value.Split(';');
        Assert.Contains("host", signed);
        Assert.Contains("x-amz-date", signed);
        Assert.Contains("x-amz-target", signed);
        Assert.StartsWith(match.Groups["date"].Value + "T", request.Header("X-Amz-Date"));
    }

    [Theory]
    [MemberData(nameof(OperationCases.Names), MemberType = typeof(OperationCases))]
    public async Task ParsesTheResponse(string operation)
    {
        var (_, response) = await Exchange(operation);

        Assert.Equal(FakeCognitoServer.RequestIdFor(1), response.ResponseMetadata.RequestId);
        OperationCases.All[operation].VerifyResponse(response);
    }

    [Fact]
    public async Task UnsignedOperationsNeedNoCredentials()
    {
        await using var server = FakeCognitoServer.Start();
        server.EnqueueJson("""{"UserConfirmed":false,"UserSub":"sub"}""");
        using var client = new AmazonCognitoIdentityProviderClient(new Amazon.Runtime.AnonymousAWSCredentials(),
            new AmazonCognitoIdentityProviderConfig { ServiceURL = server.Url.ToString(), AuthenticationRegion = "us-east-1" });

        var response = await client.SignUpAsync(new Amazon.CognitoIdentityProvider.Model.SignUpRequest { ClientId = "c", Username = "u" });

        Assert.Equal("sub", response.UserSub);
        Assert.Null(server.SingleRequest.Header("Authorization"));
    }

    private static async Task<(RecordedRequest, Amazon.Runtime.AmazonWebServiceResponse)> Exchange(string operation)
    {
        var testCase = OperationCases.All[operation];
        await using var server = FakeCognitoServer.Start();
        server.EnqueueJson(testCase.ResponseJson);
        using var client = TestClients.For(server);
        var response = await testCase.Invoke(client, testCase.Request);
        return (server.SingleRequest, response);
    }
}
