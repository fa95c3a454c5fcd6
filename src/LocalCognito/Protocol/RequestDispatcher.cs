using System.Text.Json;
using System.Text.Json.Nodes;
using LocalCognito.Operations;

namespace LocalCognito.Protocol;

/// <summary>
/// POST /: finds the operation from X-Amz-Target, checks SigV4 where the model requires it, parses and validates
/// the JSON body against the model, runs the operation and writes the JSON 1.1 response.
/// </summary>
public sealed class RequestDispatcher
{
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The most Kestrel accepts at all; bodies between the two limits are drained and answered with an error.</summary>
    public const long MaxDrainedBytes = 64L * 1024 * 1024;

    private readonly ServiceModel _model;
    private readonly RequestValidator _validator;
    private readonly SigV4Verifier _sigV4;
    private readonly CognitoOperationNames _cognitoOperations;
    private readonly Dictionary<string, ICognitoOperation> _operations;

    public RequestDispatcher(ServiceModel model, CognitoOperationNames cognitoOperations, RequestValidator validator, SigV4Verifier sigV4,
        IEnumerable<ICognitoOperation> operations)
    {
        _model = model;
        _cognitoOperations = cognitoOperations;
        _validator = validator;
        _sigV4 = sigV4;
        _operations = operations.ToDictionary(o => o.Name, StringComparer.Ordinal);
    }

    public async Task HandleAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request);
        var operation = Resolve(context.Request.Headers["X-Amz-Target"].ToString());
        if (_model.RequiresSigV4(operation.Name))
        {
            _sigV4.Verify(context.Request, body);
        }

        var request = Parse(body);
        _validator.Validate(operation.Name, request);
        await ErrorResponse.WriteSuccessAsync(context, operation.Execute(JsonObject.Create(request)!));
    }

    /// <summary>Runs an operation in-process (used to create the default pool), with the same validation.</summary>
    public JsonObject Invoke(string operationName, JsonObject request)
    {
        var operation = _operations.GetValueOrDefault(operationName) ?? throw Missing(operationName);
        _validator.Validate(operationName, JsonSerializer.SerializeToElement(request));
        return operation.Execute(request);
    }

    private ICognitoOperation Resolve(string target)
    {
        if (string.IsNullOrEmpty(target))
        {
            throw Errors.UnknownOperation(null);
        }

        var prefix = _model.TargetPrefix + ".";
        if (!target.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw Errors.UnknownOperation(target);
        }

        var name = target[prefix.Length..];
        return _operations.TryGetValue(name, out var operation) && _model.HasOperation(operation.Name) ? operation : throw Missing(name);
    }

    /// <summary>A Cognito operation LocalCognito lacks says so; any other name is simply unknown.</summary>
    private CognitoException Missing(string operationName) => _cognitoOperations.Contains(operationName)
        ? Errors.NotImplemented(operationName)
        : Errors.UnknownOperation(_model.TargetPrefix + "." + operationName);

    // Duplicate member names are refused here; left in, they surface later as an ArgumentException (a 500).
    private static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false };

    private static JsonElement Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            body = "{}"u8.ToArray();
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body, StrictJson);
            EnsureReadableStrings(document.RootElement);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw Errors.Serialization("The request body is not valid JSON.");
        }
        catch (InvalidOperationException)
        {
            throw Errors.Serialization("The request body contains a \\u escape that is not valid UTF-16 (a lone surrogate).");
        }
        return root.ValueKind == JsonValueKind.Object ? root : throw Errors.Serialization("The request body must be a JSON object.");
    }

    /// <summary>
    /// Reads every member name and string once: an escape such as "\uD800" is valid JSON syntax but not text, and
    /// System.Text.Json throws InvalidOperationException only when such a string is read (found by tests/Reliability.Tests).
    /// </summary>
    private static void EnsureReadableStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    _ = member.Name;
                    EnsureReadableStrings(member.Value);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    EnsureReadableStrings(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }
    }

    // A body over the limit is still read to its end (and discarded) before the error goes out, so the client,
    // still sending, gets the answer and the connection stays usable. Kestrel cuts off beyond MaxDrainedBytes.
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        var tooLarge = false;
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            tooLarge |= buffer.Length + read > MaxBodyBytes;
            if (!tooLarge)
            {
                buffer.Write(chunk, 0, read);
            }
        }
        if (tooLarge)
        {
            throw TooLarge();
        }

        return buffer.ToArray();
    }

    private static CognitoException TooLarge() =>
        Errors.InvalidParameter($"The request body is larger than the {MaxBodyBytes} bytes LocalCognito accepts.");
}
