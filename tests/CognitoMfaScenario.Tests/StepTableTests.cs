using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Tests.Support;

namespace CognitoMfaScenario.Tests;

/// <summary>The step table is the one list of steps: numbers, headers and the closing count come from it.</summary>
public sealed class StepTableTests
{
    [Fact]
    public void Steps_are_numbered_by_their_place_and_found_by_method_name()
    {
        var table = new StepTable([("first", First), ("second", Second)]);

        Assert.Equal([1, 2], table.Select(step => step.Number));
        Assert.Equal(["first", "second"], table.Select(step => step.Title));
        Assert.Equal(2, table.NumberOf(nameof(Second)));
        Assert.Throws<InvalidOperationException>(() => table.NumberOf("NoSuchStep"));
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
        Assert.Contains($"All {harness.Scenario.Steps.Count} steps finished.", output);
        Assert.Same(harness.Scenario.Steps, harness.Scenario.State.Steps);
    }

    private static Task First(CancellationToken cancellationToken) => Task.CompletedTask;

    private static Task Second(CancellationToken cancellationToken) => Task.CompletedTask;
}
