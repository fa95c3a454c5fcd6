using System.Text.Json.Nodes;

namespace LocalCognito.Triggers;

/// <summary>Runs a .NET delegate registered in <see cref="TriggerOptions.Handlers"/>.</summary>
public sealed class InProcessTriggerInvoker(TriggerHandler handler) : ITriggerInvoker
{
    public async Task<string> InvokeAsync(string functionArn, JsonObject triggerEvent, CancellationToken cancellation)
    {
        JsonObject output;
        try
        {
            // The handler gets its own copy, as a function gets its own deserialised event.
            output = await handler(triggerEvent.DeepClone().AsObject(), cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error)
        {
            throw new TriggerFunctionException(error.Message);
        }

        return output?.ToJsonString() ?? "null";
    }
}
