namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>A response the server sends for the next request.</summary>
public sealed record CannedResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null);
