using System.Text.Json;
using System.Text.Json.Nodes;
using LocalCognito.Store;

namespace LocalCognito.Triggers;

/// <summary>
/// Runs one trigger of a pool: builds the event Cognito sends, picks how the function runs (<see cref="TriggerOptions"/>),
/// waits at most the timeout, and turns failures into Cognito's errors. Returns the function's <c>response</c> object,
/// or null when the pool has no such trigger. Never called under the store lock.
/// </summary>
public sealed class TriggerRunner(TriggerOptions options, IHttpClientFactory httpClients, ServerInfo server, ILogger<TriggerRunner> log)
{
    public const string HttpClientName = "LocalCognito.Triggers";

    /// <summary>The function ARN of <paramref name="trigger"/> (a LambdaConfig key) in the pool, or null.</summary>
    public static string? FunctionOf(UserPool pool, string trigger) =>
        pool.Settings["LambdaConfig"]?[trigger] is JsonValue arn && arn.TryGetValue<string>(out var value) ? value : null;

    /// <summary>Runs the pool's trigger when it has one; the result is the function's <c>response</c>.</summary>
    public JsonObject? RunIfConfigured(UserPool pool, string trigger, TriggerEventData data) =>
        FunctionOf(pool, trigger) is { } arn ? Run(pool, trigger, arn, data) : null;

    public JsonObject Run(UserPool pool, string trigger, string functionArn, TriggerEventData data)
    {
        var triggerEvent = TriggerEvent.Build(pool, server.Region, data);
        var invoker = InvokerFor(functionArn, data.TriggerSource, trigger);
        log.LogInformation("Trigger {Trigger} ({Source}) of pool {Pool}: invoking {Function}", trigger, data.TriggerSource, pool.Id, functionArn);
        // The function runs in real time, so the wait is on the real clock (not the injected one tests move).
        using var timeout = new CancellationTokenSource(options.Timeout);
        string output;
        try
        {
            // Operations are synchronous; the invocation runs on the thread pool and this request waits for it.
            output = Task.Run(() => invoker.InvokeAsync(functionArn, triggerEvent, timeout.Token), timeout.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw TriggerErrors.TimedOut(trigger);
        }
        catch (TriggerFunctionException error)
        {
            throw TriggerErrors.FunctionFailed(trigger, error.Message);
        }
        catch (TriggerInvocationException error)
        {
            throw TriggerErrors.NotInvoked(trigger, error.ErrorCode);
        }
        catch (Exception error) when (error is HttpRequestException or IOException)
        {
            log.LogWarning("Trigger {Trigger}: the function could not be reached: {Error}", trigger, error.Message);
            throw TriggerErrors.NotInvoked(trigger, "ServiceException");
        }

        return ResponseOf(output);
    }

    private ITriggerInvoker InvokerFor(string functionArn, string triggerSource, string trigger)
    {
        if (options.Handlers.TryGetValue(functionArn, out var handler)
            || options.Handlers.TryGetValue(triggerSource, out handler)
            || options.Handlers.TryGetValue(trigger, out handler))
        {
            return new InProcessTriggerInvoker(handler);
        }

        if (options.Commands.TryGetValue(functionArn, out var command))
        {
            return new CommandTriggerInvoker(command);
        }

        if (options.LambdaEndpoint is not null)
        {
            return new LambdaInvokeApiInvoker(httpClients.CreateClient(HttpClientName), options, server.Region);
        }

        // Nothing can run it: as on AWS when the function does not exist.
        throw TriggerErrors.NotInvoked(trigger, "ResourceNotFoundException");
    }

    /// <summary>The output must be the event back (a JSON object); its <c>response</c> is what Cognito reads.</summary>
    private static JsonObject ResponseOf(string output)
    {
        JsonNode? returned;
        try
        {
            returned = JsonNode.Parse(output);
        }
        catch (JsonException)
        {
            throw TriggerErrors.UnrecognizableOutput();
        }

        return returned is JsonObject { } returnedEvent
            ? returnedEvent["response"] as JsonObject ?? new JsonObject()
            : throw TriggerErrors.UnrecognizableOutput();
    }
}
