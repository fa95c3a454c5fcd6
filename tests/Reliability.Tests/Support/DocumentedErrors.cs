using System.Text.Json;

namespace Reliability.Tests.Support;

/// <summary>
/// The error codes a Cognito endpoint may answer with: those the service model declares for each operation
/// (Data/operation-errors.json, generated from the model by Data/generate-operation-errors.py) plus the
/// protocol-level errors every AWS JSON 1.1 service returns before an operation runs.
/// </summary>
public sealed class DocumentedErrors
{
    /// <summary>Errors raised by the protocol layer (parsing, routing, SigV4), whatever the operation.</summary>
    public static readonly IReadOnlySet<string> ProtocolErrors = new HashSet<string>
    {
        "SerializationException",
        "UnknownOperationException",
        "MissingAuthenticationTokenException",
        "IncompleteSignatureException",
        "UnrecognizedClientException",
        "InvalidSignatureException",
        "AccessDeniedException",
        "InvalidParameterException",
    };

    private readonly Dictionary<string, HashSet<string>> _byOperation;

    private DocumentedErrors(Dictionary<string, HashSet<string>> byOperation) => _byOperation = byOperation;

    public IReadOnlyCollection<string> Operations => _byOperation.Keys;

    public static DocumentedErrors Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "operation-errors.json");
        var model = JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(path))
                    ?? throw new InvalidDataException($"{path} is empty.");
        return new DocumentedErrors(model.ToDictionary(kv => kv.Key, kv => kv.Value.ToHashSet()));
    }

    /// <summary>
    /// Whether <paramref name="code"/> is an answer Cognito documents for a request aimed at
    /// <paramref name="operation"/> (null when the request named no real operation).
    /// </summary>
    public bool Allows(string? operation, string code) =>
        ProtocolErrors.Contains(code)
        || (operation is not null && _byOperation.TryGetValue(operation, out var declared) && declared.Contains(code)
            && code is not ("InternalErrorException" or "InternalServerException"));
}
