using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests.Triggers;

/// <summary>A trigger run as a local command: the event on stdin, the response on stdout (POSIX shell).</summary>
public sealed class CommandTriggerTests
{
    private const string FunctionArn = TriggerPool.Arn + "script";

    [Fact]
    public async Task A_command_that_answers_auto_confirm_confirms_the_user()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // sed turns the event's "autoConfirmUser":false into true, as a real script would edit the response.
        await using var t = await TestServer.StartWithAsync(options =>
            options.Triggers.Commands[FunctionArn] = "sed 's/\"autoConfirmUser\":false/\"autoConfirmUser\":true/'");
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreSignUp = FunctionArn });

        Assert.True((await pool.SignUpAsync("alice")).UserConfirmed);
    }

    [Fact]
    public async Task A_failing_command_rejects_with_its_stderr()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var t = await TestServer.StartWithAsync(options =>
            options.Triggers.Commands[FunctionArn] = "cat > /dev/null; echo 'not on the list' >&2; exit 1");
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreSignUp = FunctionArn });

        var error = await Assert.ThrowsAsync<UserLambdaValidationException>(() => pool.SignUpAsync("bob"));

        Assert.Equal("PreSignUp failed with error not on the list.", error.Message);
    }

    [Fact]
    public async Task Output_that_is_not_the_event_is_InvalidLambdaResponseException()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var t = await TestServer.StartWithAsync(options => options.Triggers.Commands[FunctionArn] = "cat > /dev/null; echo done");
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreSignUp = FunctionArn });

        var error = await Assert.ThrowsAsync<InvalidLambdaResponseException>(() => pool.SignUpAsync("carol"));

        Assert.Equal("Unrecognizable lambda output", error.Message);
    }

    [Fact]
    public async Task A_command_that_ignores_its_input_still_answers()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var t = await TestServer.StartWithAsync(options =>
            options.Triggers.Commands[FunctionArn] = "echo '{\"response\":{\"autoConfirmUser\":true}}'");
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreSignUp = FunctionArn });

        Assert.True((await pool.SignUpAsync("dave")).UserConfirmed);
    }
}
