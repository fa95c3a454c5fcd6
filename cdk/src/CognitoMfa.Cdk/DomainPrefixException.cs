namespace CognitoMfa.Cdk;

/// <summary>The domain prefix given as CDK context (-c domainPrefix=...) is not one Cognito accepts.</summary>
public sealed class DomainPrefixException(string message) : Exception(message);
