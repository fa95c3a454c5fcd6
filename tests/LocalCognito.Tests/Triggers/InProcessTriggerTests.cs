using System.Text.Json.Nodes;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests.Triggers;

/// <summary>PreSignUp and PostConfirmation run as in-process handlers, over real HTTP, with Cognito's event and errors.</summary>
public sealed class InProcessTriggerTests
{
    private const string PreSignUpArn = TriggerPool.Arn + "pre-sign-up";
    private const string PostConfirmationArn = TriggerPool.Arn + "post-confirmation";

    [Fact]
    public async Task PreSignUp_receives_Cognitos_event_and_can_confirm_and_verify()
    {
        JsonObject? seen = null;
        await using var t = await TestServer.StartWithAsync(options => options.Triggers.Handle(PreSignUpArn, triggerEvent =>
        {
            seen = triggerEvent;
            triggerEvent["response"]!["autoConfirmUser"] = true;
            triggerEvent["response"]!["autoVerifyEmail"] = true;
            return triggerEvent;
        }));
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreSignUp = PreSignUpArn });

        var response = await pool.SignUpAsync("alice", new Dictionary<string, string> { ["invite"] = "xyz" });

        Assert.True(response.UserConfirmed);
        Assert.Equal("CONFIRMED", await pool.StatusOfAsync("alice"));
        var user = await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = pool.PoolId, Username = "alice" });
        Assert.Equal("true", user.UserAttributes.Single(a => a.Name == "email_verified").Value);
        Assert.DoesNotContain(t.Server.Outbox, message => message.Username == "alice"); // no confirmation code sent
        Assert.NotNull(seen);
        Assert.Equal("1", seen["version"]!.GetValue<string>());
        Assert.Equal("PreSignUp_SignUp", seen["triggerSource"]!.GetValue<string>());
        Assert.Equal(t.Server.Region, seen["region"]!.GetValue<string>());
        Assert.Equal(pool.PoolId, seen["userPoolId"]!.GetValue<string>());
        Assert.Equal("alice", seen["userName"]!.GetValue<string>());
        Assert.Equal(pool.ClientId, seen["callerContext"]!["clientId"]!.GetValue<string>());
        Assert.Equal("alice@example.com", seen["request"]!["userAttributes"]!["email"]!.GetValue<string>());
        Assert.Equal("xyz", seen["request"]!["validationData"]!["invite"]!.GetValue<string>());
    }

    [Fact]
    public async Task PreSignUp_error_rejects_the_sign_up_with_the_functions_message()
    {
        await using var t = await TestServer.StartWithAsync(options => options.Triggers.Handle("PreSignUp_SignUp",
            _ => throw new InvalidOperationException("Sign-ups from example.com are closed")));
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreSignUp = PreSignUpArn });

        var error = await Assert.ThrowsAsync<UserLambdaValidationException>(() => pool.SignUpAsync("bob"));

        Assert.Equal("PreSignUp failed with error Sign-ups from example.com are closed.", error.Message);
        await Assert.ThrowsAsync<UserNotFoundException>(() => pool.StatusOfAsync("bob"));
    }

    [Fact]
    public async Task PreSignUp_rejects_AdminCreateUser_too()
    {
        string? source = null;
        await using var t = await TestServer.StartWithAsync(options => options.Triggers.Handle("PreSignUp", triggerEvent =>
        {
            source = triggerEvent["triggerSource"]!.GetValue<string>();
            throw new InvalidOperationException("no");
        }));
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreSignUp = PreSignUpArn });

        var error = await Assert.ThrowsAsync<UserLambdaValidationException>(() =>
            t.Client.AdminCreateUserAsync(new AdminCreateUserRequest { UserPoolId = pool.PoolId, Username = "carol" }));

        Assert.Equal("PreSignUp failed with error no.", error.Message);
        Assert.Equal("PreSignUp_AdminCreateUser", source);
    }

    [Fact]
    public async Task Without_auto_confirm_the_user_waits_for_the_code_then_PostConfirmation_runs()
    {
        var sources = new List<string>();
        JsonObject? confirmation = null;
        await using var t = await TestServer.StartWithAsync(options =>
        {
            options.Triggers.Handle(PreSignUpArn, triggerEvent => triggerEvent);
            options.Triggers.Handle(PostConfirmationArn, triggerEvent =>
            {
                confirmation = triggerEvent;
                sources.Add(triggerEvent["triggerSource"]!.GetValue<string>());
                return triggerEvent;
            });
        });
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreSignUp = PreSignUpArn, PostConfirmation = PostConfirmationArn });

        Assert.False((await pool.SignUpAsync("dave")).UserConfirmed);
        Assert.Empty(sources);
        await t.Client.ConfirmSignUpAsync(new ConfirmSignUpRequest
        {
            ClientId = pool.ClientId, Username = "dave", ConfirmationCode = t.LatestCode("dave"),
            ClientMetadata = new Dictionary<string, string> { ["source"] = "test" },
        });

        Assert.Equal(["PostConfirmation_ConfirmSignUp"], sources);
        Assert.Equal("CONFIRMED", confirmation!["request"]!["userAttributes"]!["cognito:user_status"]!.GetValue<string>());
        Assert.Equal("test", confirmation["request"]!["clientMetadata"]!["source"]!.GetValue<string>());

        await t.Client.ForgotPasswordAsync(new ForgotPasswordRequest { ClientId = pool.ClientId, Username = "dave" });
        await t.Client.ConfirmForgotPasswordAsync(new ConfirmForgotPasswordRequest
        {
            ClientId = pool.ClientId, Username = "dave", ConfirmationCode = t.LatestCode("dave"), Password = "N3w-Passw0rd!",
        });
        Assert.Equal(["PostConfirmation_ConfirmSignUp", "PostConfirmation_ConfirmForgotPassword"], sources);
    }

    [Fact]
    public async Task A_function_slower_than_the_timeout_is_UnexpectedLambdaException()
    {
        await using var t = await TestServer.StartWithAsync(options =>
        {
            options.Triggers.Timeout = TimeSpan.FromMilliseconds(200);
            options.Triggers.Handlers[PreSignUpArn] = async (triggerEvent, cancellation) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), cancellation);
                return triggerEvent;
            };
        });
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreSignUp = PreSignUpArn });

        var error = await Assert.ThrowsAsync<UnexpectedLambdaException>(() => pool.SignUpAsync("erin"));

        Assert.Equal("PreSignUp invocation failed due to error Socket timeout while invoking Lambda function.", error.Message);
    }

    [Fact]
    public async Task A_function_nothing_can_run_is_UnexpectedLambdaException()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreSignUp = PreSignUpArn });

        var error = await Assert.ThrowsAsync<UnexpectedLambdaException>(() => pool.SignUpAsync("frank"));

        Assert.Equal("PreSignUp invocation failed due to error ResourceNotFoundException.", error.Message);
    }

    [Fact]
    public async Task Triggers_LocalCognito_does_not_run_are_refused_by_name()
    {
        await using var t = await TestServer.StartAsync();

        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => TriggerPool.CreateAsync(t,
            new LambdaConfigType { PreSignUp = PreSignUpArn, CustomMessage = TriggerPool.Arn + "m", UserMigration = TriggerPool.Arn + "u" }));

        Assert.Contains("LambdaConfig (CustomMessage, UserMigration)", error.Message);
        Assert.StartsWith("Not emulated by LocalCognito", error.Message);
    }

    [Fact]
    public async Task The_pools_LambdaConfig_is_described_as_set()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreSignUp = PreSignUpArn });

        var described = (await t.Client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = pool.PoolId })).UserPool;

        Assert.Equal(PreSignUpArn, described.LambdaConfig.PreSignUp);
    }
}
