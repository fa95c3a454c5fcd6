using System.Text.Json.Serialization;

namespace LocalCognito;

/// <summary>
/// A message LocalCognito "sent" (it sends nothing): a code and where it would have gone. MFA and sign-in codes by
/// email also carry the subject and body the pool's EmailMfaConfiguration gives them (left out of JSON otherwise).
/// </summary>
public sealed record OutboxMessage(string PoolId, string Username, string Destination, string Kind, string Code, DateTimeOffset SentAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Subject = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message = null);
