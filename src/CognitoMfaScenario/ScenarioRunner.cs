using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario;

/// <summary>Runs the scenario and turns its outcome into an exit code and, on failure, one clear message.</summary>
public sealed class ScenarioRunner(Scenario scenario, ScenarioTarget target, IAnsiConsole console)
{
    public const int Success = 0;
    public const int StepFailed = 1;
    public const int UsageError = 2;
    public const int Cancelled = 130;

    /// <summary>Runs every step; never throws except for a bug in the runner itself.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await scenario.RunAsync(cancellationToken).ConfigureAwait(false);
            return Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.WriteLine();
            console.Warning($"Cancelled at step {scenario.CurrentStep}.");
            return Cancelled;
        }
        catch (Exception exception)
        {
            console.WriteLine();
            console.Problem($"Step {scenario.CurrentStep} failed: {ErrorMessages.Describe(exception, target)}");
            return StepFailed;
        }
    }
}
