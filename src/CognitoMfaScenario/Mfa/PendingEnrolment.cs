namespace CognitoMfaScenario.Mfa;

/// <summary>An authenticator secret from AssociateSoftwareToken that is not verified yet.</summary>
/// <param name="Secret">The base32 SecretCode (shown once, never logged).</param>
/// <param name="Session">The session VerifySoftwareToken needs (checked when it is used).</param>
public sealed record PendingEnrolment(string Secret, string? Session);
