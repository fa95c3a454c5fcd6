using System.Text.RegularExpressions;
using CognitoMfaScenario.Steps;
using CognitoMfaScenario.Tests.Support;
using CognitoMfaScenario.Ui;
using Spectre.Console.Testing;
using TestSupport;

namespace CognitoMfaScenario.Tests;

/// <summary>
/// The real program against a real (embedded) LocalCognito over HTTP: unattended in-process,
/// and as a child process answering over piped standard input.
/// </summary>
public sealed partial class EndToEndTests
{
    private const string Password = "E2e-Pa55word!xyz";
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Non_interactive_run_on_embedded_LocalCognito_passes_every_step_and_leaks_no_secret()
    {
        using var console = new TestConsole();
        console.Profile.Width = 100;

        var exitCode = await Program.RunAsync(["--local", "--non-interactive", "--password", Password], new ConsoleIo(console, null), CancellationToken.None);

        var output = console.Output;
        Assert.True(exitCode == 0, output);
        AssertEveryStepHeader(output);
        Assert.Contains("All 15 steps finished.", output);
        // Step 13 over real HTTP: LocalCognito's pages filled in, the code back on the loopback listener, redeemed with PKCE.
        Assert.Contains("Unattended: filling in LocalCognito's sign-in pages", output);
        Assert.Contains("Signed in through the managed login page", output);
        Assert.Contains("/domain/mfa-scenario/oauth2/token", output);
        Assert.Contains("LocalCognito, embedded", output);
        Assert.Contains("Your confirmation code is", output);
        Assert.Contains("valid (RS256", output);
        AssertNoSecretsLeak(output, Password);
    }

    [Fact]
    public async Task Endpoint_mode_runs_against_a_separately_started_LocalCognito_and_uses_its_outbox()
    {
        await using var server = await LocalCognito.LocalCognitoServer.StartAsync();
        using var console = new TestConsole();
        console.Profile.Width = 200;

        var exitCode = await Program.RunAsync(
            ["--endpoint", server.Endpoint.ToString(), "--pool-id", server.UserPoolId, "--client-id", server.ClientId,
             "--non-interactive", "--username", "endpoint-user", "--keep-user"],
            new ConsoleIo(console, null), CancellationToken.None);

        Assert.True(exitCode == 0, console.Output);
        Assert.Contains("It answers /_local/outbox", console.Output);
        var messages = server.Outbox.Where(m => m.Username == "endpoint-user").ToList();
        Assert.Equal(3, messages.Count); // sign-up, resend, password reset
        var confirmation = messages.Where(m => m.Kind == "CONFIRMATION_CODE").ToList();
        Assert.Equal(2, confirmation.Count);
        Assert.Contains($"Confirmation code: {confirmation[^1].Code} (read from the local outbox)", console.Output);
        Assert.Contains($"Reset code: {messages[^1].Code} (read from the local outbox)", console.Output);
    }

    [Fact]
    public async Task Scripted_interactive_run_over_piped_stdin_passes_every_step()
    {
        var username = "pipe-user-" + Guid.NewGuid().ToString("N")[..8];
        string[] answers =
        [
            username,        // 1: user name
            Password,        // 1: password
            "",              // 1: email: Enter takes the suggested address
            "y",             // 3: send a new code
            "",              // 4: Enter takes the code from the local email
            "",              // 7: the pool offers app and email codes: Enter takes the app
            "built-in",      // 7: let the built-in authenticator type the codes
            "",              // 11: refresh the tokens (Enter = yes)
            "",              // 12: sign out everywhere (Enter = yes)
            "n",             // 13: no browser sign-in (it would open this machine's browser)
            "",              // 14: reset the password (Enter = yes)
            "",              // 14: new password: Enter generates one
            "",              // 14: Enter takes the reset code from the local email
            "y",             // 15: delete the user
        ];

        var result = await ChildProcess.RunAppAsync(["--local"], answers, ProcessTimeout);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        AssertEveryStepHeader(result.Output);
        Assert.Contains($"Deleted user {username}", result.Output);
        Assert.Contains("Password (Enter = generate a strong one): (hidden)", result.Output);
        Assert.Equal(string.Empty, result.Error);
        AssertNoSecretsLeak(result.Output, Password);
    }

    [Fact]
    public async Task The_secret_shown_in_step_7_works_in_an_authenticator_app()
    {
        using var console = new TestConsole();
        console.Profile.Width = 200;
        var script = new AnswerScript(console,
            _ => "app-user-" + Guid.NewGuid().ToString("N")[..8],
            _ => Password,
            _ => "",          // suggested email
            _ => "n",         // no new code
            _ => "",          // code from the local email
            _ => "",          // the pool offers app and email codes: Enter takes the app
            _ => "app",       // codes come from "an app": this test, from the secret on screen
            output => AppCode(output, stepOffset: 0),
            output => AppCode(output, stepOffset: 1), // the current code was used in step 8
            _ => "n",         // 11: no refresh
            _ => "n",         // 12: no sign-out
            _ => "n",         // 13: no browser sign-in
            _ => "n",         // 14: no password reset
            _ => "y");

        var exitCode = await Program.RunAsync(["--local"], new ConsoleIo(console, script), CancellationToken.None);

        Assert.True(exitCode == 0, console.Output);
        Assert.Contains("Signed in with MFA.", console.Output);
        Assert.Contains("Skipped: the user stays signed in.", console.Output);
        AssertNoSecretsLeak(console.Output, Password);
    }

    [Fact]
    public async Task Help_prints_usage_and_exits_0()
    {
        using var console = new TestConsole();

        Assert.Equal(0, await Program.RunAsync(["--help"], new ConsoleIo(console, null), CancellationToken.None));
        Assert.Contains("--non-interactive", console.Output);
    }

    /// <summary>What an authenticator app would show for the secret as displayed (grouped) in step 7.</summary>
    private static string AppCode(string output, int stepOffset)
    {
        var secret = GroupedSecret().Match(output).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        return TotpCodes.At(secret, DateTimeOffset.UtcNow, stepOffset);
    }

    [Fact]
    public async Task Standard_input_ending_early_stops_with_a_clear_message_and_exit_code_1()
    {
        using var console = new TestConsole();
        console.Profile.Width = 200;

        var exitCode = await Program.RunAsync(["--local"], new ConsoleIo(console, new StringReader("early-eof-user\n")), CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains("Standard input ended while waiting for an answer to \"Password", console.Output);
        Assert.DoesNotContain("   at ", console.Output);
    }

    [Fact]
    public async Task Unknown_option_prints_usage_and_exits_with_code_2()
    {
        var result = await ChildProcess.RunAppAsync(["--frobnicate"], [], ProcessTimeout);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown option '--frobnicate'", result.Output);
        Assert.Contains("Usage: CognitoMfaScenario [options]", result.Output);
    }

    private static void AssertEveryStepHeader(string output)
    {
        for (var step = 1; step <= StepTable.Count; step++)
        {
            Assert.Matches($@"Step {step}\. \S", output);
        }
    }

    /// <summary>No password, no full token, and the TOTP secret only in step 7's display.</summary>
    private static void AssertNoSecretsLeak(string output, string password)
    {
        Assert.DoesNotContain(password, output);
        Assert.DoesNotMatch(FullJwt(), output);

        var secretMatch = GroupedSecret().Match(output);
        Assert.True(secretMatch.Success, "step 7 shows the secret");
        var grouped = secretMatch.Groups[1].Value.Trim();
        var compact = grouped.Replace(" ", "", StringComparison.Ordinal);
        Assert.True(compact.Length >= 16, grouped);
        Assert.Single(Regex.Matches(output, Regex.Escape(grouped)));
        Assert.DoesNotContain(compact, output); // only the grouped form, only once

        var afterStep7 = output[output.IndexOf($"Step {StepTable.NumberOf<EnrolmentSteps>(nameof(EnrolmentSteps.VerifyAuthenticatorAsync))}.", StringComparison.Ordinal)..];
        Assert.DoesNotContain(grouped[..9], afterStep7);
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}")]
    private static partial Regex FullJwt();

    [GeneratedRegex(@"Secret: ((?:[A-Z2-7]{1,4} )+[A-Z2-7]{1,4})")]
    private static partial Regex GroupedSecret();
}
