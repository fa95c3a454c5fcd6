using System.Text.Json.Nodes;

namespace LocalCognito.Triggers;

/// <summary>One way to run a trigger function: returns the function's output (raw JSON text) or throws a trigger failure.</summary>
public interface ITriggerInvoker
{
    Task<string> InvokeAsync(string functionArn, JsonObject triggerEvent, CancellationToken cancellation);
}
