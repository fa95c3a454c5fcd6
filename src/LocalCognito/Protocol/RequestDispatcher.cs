using System.Text.Json;
using System.Text.Json.Nodes;
using LocalCognito.Operations;
using Microsoft.AspNetCore.Http;

namespace LocalCognito.Protocol;

/// <summary>
/// POST /: finds the operation from X-Amz-Target, checks SigV4 where the model requires it, parses and validates
/// the JSON body against the model, runs the operation and writes the JSON 1.1 response.
/// </summary>
public sealed class RequestDispatcher
{
    public const int MaxBodyBytes = 1024 * 1024;

    private readonly ServiceModel _model;
    private readonly RequestValidator _validator;
    private readonly SigV4Verifier _sigV4;
    private readonly Dictionary<string, ICognitoOperation> _operations;

    public RequestDispatcher(ServiceModel model, RequestValidator validator, SigV4Verifier sigV4, IEnumerable<ICognitoOperation> operations)
    {
        _model = model;
        _validator = validator;
        _sigV4 = sigV4;
        _operations = operations.ToDictionary(o => o.Name, StringComparer.Ordinal);
    }

    public async Task HandleAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request);
        var operation = Resolve(context.Request.Headers["X-Amz-Target"].ToString());
        if (_model.RequiresSigV4(operation.Name)) _sigV4.Verify(context.Request, body);
        var request = Parse(body);
        _validator.Validate(operation.Name, request);
        await ErrorResponse.WriteSuccessAsync(context, operation.Execute(JsonObject.Create(request)!));
    }

    /// <summary>Runs an operation in-process (used to create the default pool), with the same validation.</summary>
    public JsonObject Invoke(string operationName, JsonObject request)
    {
        var operation = _operations.GetValueOrDefault(operationName) ?? throw Errors.UnknownOperation(operationName);
        _validator.Validate(operationName, JsonSerializer.SerializeToElement(request));
        return operation.Execute(request);
    }

    private ICognitoOperation Resolve(string target)
    {
        if (string.IsNullOrEmpty(target)) throw Errors.UnknownOperation(null);
        var prefix = _model.TargetPrefix + ".";
        if (target.StartsWith(prefix, StringComparison.Ordinal)
            && _operations.TryGetValue(target[prefix.Length..], out var operation)
            && _model.HasOperation(operation.Name))
            return operation;
        throw Errors.UnknownOperation(target);
    }

    private static JsonElement Parse(byte[] body)
    {
        if (body.Length == 0) body = "{}"u8.ToArray();
        JsonElement root;
        try
        {
            root = JsonSerializer.Deserialize<JsonElement>(body);
        }
        catch (JsonException)
        {
            throw Errors.Serialization("The request body is not valid JSON.");
        }
        return root.ValueKind == JsonValueKind.Object ? root : throw Errors.Serialization("The request body must be a JSON object.");
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes) throw TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) throw TooLarge();
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static CognitoException TooLarge() =>
        Errors.InvalidParameter($"The request body is larger than the {MaxBodyBytes} bytes LocalCognito accepts.");
}
