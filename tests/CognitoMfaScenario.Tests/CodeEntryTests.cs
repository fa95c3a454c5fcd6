using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Steps.Conversation;
using CognitoMfaScenario.Tests.Support;

namespace CognitoMfaScenario.Tests;

/// <summary>The one code-entry loop: what each answer to a refusal does, and that it never asks forever.</summary>
public sealed class CodeEntryTests
{
    [Fact]
    public async Task A_refused_code_is_asked_again_at_most_the_retry_limit_then_Cognito_s_error_ends_the_step()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions());
        var asked = 0;

        await Assert.ThrowsAsync<CodeMismatchException>(() => harness.Get<CodeEntry>().SendUntilAcceptedAsync<object>(
            _ => Task.FromResult((++asked).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)),
            _ => throw new CodeMismatchException("Invalid code received for user"),
            _ => Task.FromResult(AfterRefusal.AskAgain), CancellationToken.None));

        Assert.Equal(RetryLimits.CodeRetries + 1, asked);
    }

    [Fact]
    public async Task SendAgain_resends_the_same_code_without_asking_and_StartOver_returns_null()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions());
        var asked = 0;
        var sent = new List<string>();

        var answer = await harness.Get<CodeEntry>().SendUntilAcceptedAsync<object>(
            _ => Task.FromResult($"code-{++asked}"),
            code =>
            {
                sent.Add(code);
                throw new NotAuthorizedException("Invalid session for the user, session is expired.");
            },
            _ => Task.FromResult(sent.Count == 1 ? AfterRefusal.SendAgain : AfterRefusal.StartOver), CancellationToken.None);

        Assert.Null(answer);
        Assert.Equal(["code-1", "code-1"], sent);
        Assert.Equal(1, asked);
    }

    [Fact]
    public async Task GiveUp_lets_Cognito_s_error_through_at_once()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions());
        var asked = 0;

        await Assert.ThrowsAsync<ExpiredCodeException>(() => harness.Get<CodeEntry>().SendUntilAcceptedAsync<object>(
            _ => Task.FromResult($"code-{++asked}"),
            _ => throw new ExpiredCodeException("Your software token has already been used once."),
            _ => Task.FromResult(AfterRefusal.GiveUp), CancellationToken.None));

        Assert.Equal(1, asked);
    }
}
