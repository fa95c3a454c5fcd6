namespace CognitoMfaScenario.Local;

/// <summary>One message from LocalCognito's outbox: what Cognito would have emailed.</summary>
public sealed record LocalEmail(string PoolId, string Username, string Destination, string Kind, string Code, DateTimeOffset SentAt);
