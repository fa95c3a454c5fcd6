namespace LocalCognito;

/// <summary>A message LocalCognito "sent" (it sends nothing): a confirmation code and where it would have gone.</summary>
public sealed record OutboxMessage(string PoolId, string Username, string Destination, string Kind, string Code, DateTimeOffset SentAt);
