using System.Text.Json.Nodes;

namespace LocalCognito.Triggers;

/// <summary>
/// An in-process trigger: receives the event Cognito would send and returns it with its <c>response</c> filled in.
/// Throwing is a function error (the exception's message reaches the caller as Cognito passes a function's error on).
/// </summary>
public delegate Task<JsonObject> TriggerHandler(JsonObject triggerEvent, CancellationToken cancellation);

/// <summary>
/// How LocalCognito runs the functions named in a pool's LambdaConfig. For each invocation the first match wins:
/// a handler registered for the function ARN, then for the trigger source (PreSignUp_SignUp), then for the trigger
/// (PreSignUp); then a command registered for the ARN; then the Lambda Invoke API at <see cref="LambdaEndpoint"/>.
/// </summary>
public sealed class TriggerOptions
{
    /// <summary>In-process handlers keyed by function ARN, trigger source or trigger name (for embedded use in tests).</summary>
    public IDictionary<string, TriggerHandler> Handlers { get; } = new Dictionary<string, TriggerHandler>(StringComparer.Ordinal);

    /// <summary>Local commands keyed by function ARN: the event goes to stdin, the response is read from stdout.</summary>
    public IDictionary<string, string> Commands { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Where the Lambda Invoke API is served: https://lambda.us-east-1.amazonaws.com, http://127.0.0.1:3001 for
    /// `sam local start-lambda`, or any Lambda emulator. Null: functions without a handler or command are not run.
    /// </summary>
    public Uri? LambdaEndpoint { get; set; }

    /// <summary>The credentials the Invoke API requests are signed with (SigV4, service "lambda").</summary>
    public string? AccessKeyId { get; set; }

    public string? SecretAccessKey { get; set; }

    /// <summary>For temporary credentials (sent as X-Amz-Security-Token).</summary>
    public string? SessionToken { get; set; }

    /// <summary>How long LocalCognito waits for a function; Cognito waits 5 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Registers a synchronous handler (tests: <c>options.Triggers.Handle("PreSignUp", e => ...)</c>).</summary>
    public TriggerOptions Handle(string arnOrSource, Func<JsonObject, JsonObject> handler)
    {
        Handlers[arnOrSource] = (triggerEvent, _) => Task.FromResult(handler(triggerEvent));
        return this;
    }
}
