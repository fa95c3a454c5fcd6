namespace CognitoMfaScenario.BrowserSignIn;

/// <summary>What the authorization server sent to the redirect URI: a code, or an error (RFC 6749 section 4.1.2).</summary>
/// <param name="Code">The authorization code (single use, short-lived); null on error.</param>
/// <param name="Error">error, e.g. access_denied or invalid_request; null on success.</param>
/// <param name="ErrorDescription">error_description, when the server gave one.</param>
public sealed record AuthorizationResponse(string? Code, string? Error, string? ErrorDescription)
{
    /// <summary>The error in one phrase, e.g. "invalid_request (redirect_mismatch)".</summary>
    public string DescribeError() =>
        string.IsNullOrWhiteSpace(ErrorDescription) ? Error ?? "no code" : $"{Error} ({ErrorDescription})";
}
