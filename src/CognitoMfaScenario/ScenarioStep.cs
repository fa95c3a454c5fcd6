namespace CognitoMfaScenario;

/// <summary>One row of the step table.</summary>
/// <param name="Number">The step's place in the table, from 1.</param>
/// <param name="Title">The header shown when the step starts.</param>
/// <param name="RunAsync">What the step does.</param>
public sealed record ScenarioStep(int Number, string Title, Func<CancellationToken, Task> RunAsync);
