using CognitoMfaScenario.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoMfaScenario;

/// <summary>One row of <see cref="StepTable"/>: the header shown, and the step class and method that run the step.</summary>
/// <param name="Title">The header, from the options (some headers name the --auth choice).</param>
/// <param name="StepClass">The class that runs the step (the host registers it).</param>
/// <param name="MethodName">Its method: <c>Task Name(CancellationToken)</c>.</param>
public sealed record StepRow(Func<ScenarioOptions, string> Title, Type StepClass, string MethodName)
{
    public static StepRow Of<TStep>(string title, string methodName) => new(_ => title, typeof(TStep), methodName);

    public static StepRow Of<TStep>(Func<ScenarioOptions, string> title, string methodName) => new(title, typeof(TStep), methodName);

    /// <summary>The step as it runs: its number, its header, and its method on the run's instance of the class.</summary>
    /// <exception cref="ArgumentException">The class has no such method (a typo the table's test catches).</exception>
    public ScenarioStep Bind(int number, IServiceProvider services, ScenarioOptions options)
    {
        var instance = services.GetRequiredService(StepClass);
        var run = (Func<CancellationToken, Task>)Delegate.CreateDelegate(typeof(Func<CancellationToken, Task>), instance, MethodName);
        return new ScenarioStep(number, Title(options), run);
    }
}
