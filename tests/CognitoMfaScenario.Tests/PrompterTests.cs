using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Ui;
using Spectre.Console.Testing;

namespace CognitoMfaScenario.Tests;

public sealed class PrompterTests
{
    [Fact]
    public async Task Piped_answers_are_validated_defaulted_and_secrets_never_echoed()
    {
        using var console = new TestConsole();
        var prompter = new LinePrompter(console, new StringReader("not-a-number\n123456\n\nhunter2-Secret\nmaybe\nyes\nbuilt-IN\n"));

        var code = await prompter.AskAsync("Code", null, a => a.All(char.IsAsciiDigit) ? null : "Digits only.", CancellationToken.None);
        var email = await prompter.AskAsync("Email", "ann@example.com", null, CancellationToken.None);
        var password = await prompter.AskSecretAsync("Password", false, CancellationToken.None);
        var confirmed = await prompter.ConfirmAsync("Delete?", false, CancellationToken.None);
        var choice = await prompter.ChooseAsync("Who?", ["app", "built-in"], "app", CancellationToken.None);

        Assert.Equal(("123456", "ann@example.com", "hunter2-Secret", true, "built-in"), (code, email, password, confirmed, choice));
        Assert.Contains("Digits only.", console.Output);
        Assert.Contains("Answer y or n.", console.Output);
        Assert.Contains("Password: (hidden)", console.Output);
        Assert.DoesNotContain("hunter2", console.Output);
    }

    [Fact]
    public async Task End_of_piped_input_that_arrives_just_before_Ctrl_C_is_a_cancellation()
    {
        // Ctrl+C on `answers | app` ends the writer too; its end of input can reach the app before the signal.
        using var console = new TestConsole();
        using var cancellation = new CancellationTokenSource();
        var prompter = new LinePrompter(console, new StringReader(""));
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => prompter.AskAsync("User name", null, null, cancellation.Token));
        Assert.True(cancellation.IsCancellationRequested);
    }

    [Fact]
    public async Task End_of_piped_input_is_a_clear_error()
    {
        using var console = new TestConsole();
        var prompter = new LinePrompter(console, new StringReader(""));

        var error = await Assert.ThrowsAsync<InputEndedException>(() => prompter.AskAsync("User name", null, null, CancellationToken.None));

        Assert.Contains("\"User name\"", error.Message);
    }

    [Fact]
    public async Task Terminal_prompts_mask_secrets_and_take_defaults()
    {
        using var console = new TestConsole();
        console.Profile.Capabilities.Interactive = true;
        console.Input.PushTextWithEnter("s3cret-Value");
        console.Input.PushTextWithEnter("");
        var prompter = new TerminalPrompter(console);

        var secret = await prompter.AskSecretAsync("Password", false, CancellationToken.None);
        var code = await prompter.AskAsync("Code", "424242", null, CancellationToken.None);

        Assert.Equal(("s3cret-Value", "424242"), (secret, code));
        Assert.DoesNotContain("s3cret", console.Output);
        Assert.Contains("************", console.Output);
    }
}
