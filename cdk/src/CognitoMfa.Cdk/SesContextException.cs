namespace CognitoMfa.Cdk;

/// <summary>The SES context values (-c sesFromEmail, sesRegion, sesVerifiedDomain) cannot make a valid email configuration.</summary>
public sealed class SesContextException(string message) : Exception(message);
