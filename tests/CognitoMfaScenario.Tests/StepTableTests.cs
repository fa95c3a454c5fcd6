using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Steps;
using CognitoMfaScenario.Tests.Support;

namespace CognitoMfaScenario.Tests;

/// <summary>The step table is the one list of steps: numbers, headers, the closing count and the step classes come from it.</summary>
public sealed class StepTableTests
{
    [Fact]
    public void Steps_are_numbered_by_their_place_and_found_by_class_and_method_name()
    {
        Assert.Equal(1, StepTable.NumberOf<AccountSteps>(nameof(AccountSteps.SignUpAsync)));
        Assert.Equal(StepTable.Count, StepTable.NumberOf<CleanUpStep>(nameof(CleanUpStep.CleanUpAsync)));
        Assert.Equal(StepTable.NumberOf<SignInSteps>(nameof(SignInSteps.SignInWithMfaAsync)) + 1,
            StepTable.NumberOf(nameof(SignInSteps.RememberDeviceAsync)));
        Assert.Throws<InvalidOperationException>(() => StepTable.NumberOf("NoSuchStep"));
        Assert.Throws<InvalidOperationException>(() => StepTable.NumberOf<CleanUpStep>(nameof(AccountSteps.SignUpAsync)));
    }

    [Fact]
    public void Every_row_binds_to_a_method_of_its_class_and_headers_follow_the_options()
    {
        using var srp = new ScenarioHarness(new ScenarioOptions { NonInteractive = true });
        using var password = new ScenarioHarness(new ScenarioOptions { NonInteractive = true, Auth = SignInMethod.Password });

        Assert.Equal(Enumerable.Range(1, StepTable.Count), srp.Scenario.Steps.Select(step => step.Number));
        Assert.Equal(StepTable.Rows.Select(row => row.MethodName), srp.Scenario.Steps.Select(step => step.RunAsync.Method.Name));
        var signIn = StepTable.NumberOf<SignInSteps>(nameof(SignInSteps.SignInWithMfaAsync)) - 1;
        Assert.Equal("Sign in by SRP and the MFA code", srp.Scenario.Steps[signIn].Title);
        Assert.Equal("Sign in with USER_PASSWORD_AUTH and the MFA code", password.Scenario.Steps[signIn].Title);
    }

    [Fact]
    public async Task A_run_shows_every_step_of_the_table_in_order_and_counts_them_from_the_table()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true });

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        var output = harness.Output;
        Assert.True(exitCode == 0, output);
        var positions = harness.Scenario.Steps.Select(step => output.IndexOf($"Step {step.Number}. {step.Title}", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains($"All {StepTable.Count} steps finished.", output);
    }
}
