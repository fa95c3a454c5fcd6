using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario;

/// <summary>
/// The scenario "sign up a user in a user pool that requires MFA": the steps of <see cref="StepTable"/>, run in order.
/// The steps talk to Cognito through the Cognito/ layer and to the person through the console and
/// <see cref="Answers.Questions"/>; errors a step can recover from are handled in the step, everything
/// else ends the run with a clear message (see <see cref="ScenarioRunner"/>).
/// </summary>
public sealed class Scenario(IReadOnlyList<ScenarioStep> steps, IAnsiConsole console)
{
    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<ScenarioStep> Steps => steps;

    /// <summary>The step being run, for "stopped at step N".</summary>
    public int CurrentStep { get; private set; }

    /// <summary>Runs every step of the table in order.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var step in steps)
        {
            CurrentStep = step.Number;
            console.StepHeader(step.Number, step.Title);
            await step.RunAsync(cancellationToken).ConfigureAwait(false);
        }

        console.WriteLine();
        console.Success($"All {steps.Count} steps finished.");
    }
}
