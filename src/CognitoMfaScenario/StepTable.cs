using System.Collections;

namespace CognitoMfaScenario;

/// <summary>
/// The steps in the order they run, numbered by their place. The only list of steps: a step's number
/// and the step count ("All N steps") come from here.
/// </summary>
public sealed class StepTable : IReadOnlyList<ScenarioStep>
{
    private readonly List<ScenarioStep> _steps;

    /// <param name="steps">Title and method of each step, in order.</param>
    public StepTable(IEnumerable<(string Title, Func<CancellationToken, Task> RunAsync)> steps)
    {
        _steps = steps.Select((step, index) => new ScenarioStep(index + 1, step.Title, step.RunAsync)).ToList();
    }

    /// <summary>A table without steps (before the scenario has defined its own).</summary>
    public static StepTable Empty { get; } = new([]);

    public int Count => _steps.Count;

    public ScenarioStep this[int index] => _steps[index];

    /// <summary>The number of the step run by the method with this name (use nameof; steps are named methods, not lambdas).</summary>
    /// <exception cref="InvalidOperationException">No step, or more than one, runs a method of that name.</exception>
    public int NumberOf(string methodName) =>
        _steps.Single(step => step.RunAsync.Method.Name == methodName).Number;

    public IEnumerator<ScenarioStep> GetEnumerator() => _steps.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
