namespace CognitoMfaScenario.Local;

/// <summary>One message from LocalCognito's outbox: what Cognito would have emailed.</summary>
/// <param name="Kind">CONFIRMATION_CODE, PASSWORD_RESET_CODE, MFA_CODE (email MFA), SIGN_IN_CODE, ...</param>
/// <param name="Subject">The subject the pool gives the message (email MFA codes carry one), or null.</param>
public sealed record LocalEmail(string PoolId, string Username, string Destination, string Kind, string Code, DateTimeOffset SentAt,
    string? Subject = null);
