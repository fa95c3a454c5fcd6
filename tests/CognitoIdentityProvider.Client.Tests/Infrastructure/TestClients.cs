using Amazon.CognitoIdentityProvider;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>Clients pointed at a <see cref="FakeCognitoServer"/>, with fixed test credentials and fast retries.</summary>
public static class TestClients
{
    public const string AccessKeyId = "AKIDTESTCLIENT";
    public const string SecretAccessKey = "test-secret-key";

    public static AmazonCognitoIdentityProviderClient For(FakeCognitoServer server, int maxErrorRetry = 0) =>
        new FastRetryClient(new BasicAWSCredentials(AccessKeyId, SecretAccessKey), new AmazonCognitoIdentityProviderConfig
        {
            ServiceURL = server.Url.ToString(),
            AuthenticationRegion = "us-east-1",
            RetryMode = RequestRetryMode.Standard,
            MaxErrorRetry = maxErrorRetry,
        });

    /// <summary>The real client with the standard retry policy's backoff capped at a few milliseconds.</summary>
    private sealed class FastRetryClient(AWSCredentials credentials, AmazonCognitoIdentityProviderConfig config)
        : AmazonCognitoIdentityProviderClient(credentials, config)
    {
        protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
        {
            base.CustomizeRuntimePipeline(pipeline);
            var policy = new StandardRetryPolicy(Config) { MaxBackoffInMilliseconds = 5 };
            pipeline.ReplaceHandler<RetryHandler>(new RetryHandler(policy));
        }
    }
}
