using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests.Triggers;

/// <summary>Triggers run as real functions behind the Lambda Invoke API, with SigV4-signed requests.</summary>
public sealed class LambdaInvokeApiTests
{
    private const string Region = "eu-west-1";
    private const string FunctionArn = "arn:aws:lambda:" + Region + ":123456789012:function:PreSignUpFunction";

    private static Action<LocalCognitoOptions> WithLambda(FakeLambdaEndpoint lambda) => options =>
    {
        options.Triggers.LambdaEndpoint = lambda.Endpoint;
        options.Triggers.AccessKeyId = FakeLambdaEndpoint.AccessKey;
        options.Triggers.SecretAccessKey = FakeLambdaEndpoint.SecretKey;
    };

    [Fact]
    public async Task The_function_named_by_the_ARN_is_invoked_with_a_signed_request_and_its_response_honoured()
    {
        await using var lambda = await FakeLambdaEndpoint.StartAsync(new Dictionary<string, FakeLambdaEndpoint.Function>
        {
            ["PreSignUpFunction"] = triggerEvent =>
            {
                triggerEvent["response"]!["autoConfirmUser"] = true;
                return (triggerEvent.ToJsonString(), false);
            },
        });
        await using var t = await TestServer.StartWithAsync(WithLambda(lambda));
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreSignUp = FunctionArn });

        var response = await pool.SignUpAsync("alice");

        Assert.True(response.UserConfirmed);
        var call = Assert.Single(lambda.Calls);
        Assert.Equal("PreSignUpFunction", call.Function);
        Assert.True(call.SignatureValid);
        Assert.EndsWith($"/{Region}/lambda/aws4_request", call.Scope);
        Assert.Equal("PreSignUp_SignUp", call.Event["triggerSource"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_function_error_is_UserLambdaValidationException_with_its_errorMessage()
    {
        await using var lambda = await FakeLambdaEndpoint.StartAsync(new Dictionary<string, FakeLambdaEndpoint.Function>
        {
            ["PreSignUpFunction"] = _ => ("""{"errorMessage":"Invalid email domain","errorType":"Error","trace":[]}""", true),
        });
        await using var t = await TestServer.StartWithAsync(WithLambda(lambda));
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreSignUp = FunctionArn });

        var error = await Assert.ThrowsAsync<UserLambdaValidationException>(() => pool.SignUpAsync("bob"));

        Assert.Equal("PreSignUp failed with error Invalid email domain.", error.Message);
    }

    [Fact]
    public async Task A_function_the_endpoint_does_not_know_is_UnexpectedLambdaException()
    {
        await using var lambda = await FakeLambdaEndpoint.StartAsync(new Dictionary<string, FakeLambdaEndpoint.Function>());
        await using var t = await TestServer.StartWithAsync(WithLambda(lambda));
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreSignUp = FunctionArn });

        var error = await Assert.ThrowsAsync<UnexpectedLambdaException>(() => pool.SignUpAsync("carol"));

        Assert.Equal("PreSignUp invocation failed due to error ResourceNotFoundException.", error.Message);
    }

    [Fact]
    public async Task Wrong_credentials_fail_the_signature_check()
    {
        await using var lambda = await FakeLambdaEndpoint.StartAsync(new Dictionary<string, FakeLambdaEndpoint.Function>
        {
            ["PreSignUpFunction"] = triggerEvent => (triggerEvent.ToJsonString(), false),
        });
        await using var t = await TestServer.StartWithAsync(options =>
        {
            WithLambda(lambda)(options);
            options.Triggers.SecretAccessKey = "wrong";
        });
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreSignUp = FunctionArn });

        var error = await Assert.ThrowsAsync<UnexpectedLambdaException>(() => pool.SignUpAsync("dave"));

        Assert.Equal("PreSignUp invocation failed due to error InvalidSignatureException.", error.Message);
        Assert.False(Assert.Single(lambda.Calls).SignatureValid);
    }
}
