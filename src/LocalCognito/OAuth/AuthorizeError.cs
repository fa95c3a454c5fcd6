namespace LocalCognito.OAuth;

/// <summary>
/// Why an /oauth2/authorize request (or a pages request carrying one) was refused. When <see cref="RedirectTo"/> is
/// null the client or redirect_uri could not be trusted, so the error is shown to the user (HTTP 400) and never
/// redirected; otherwise the browser is sent back to the app's registered redirect_uri with error, error_description
/// and state in its query.
/// </summary>
/// <param name="Error">The OAuth error code (invalid_request, unauthorized_client, invalid_scope, redirect_mismatch, ...).</param>
/// <param name="Description">One sentence for a person.</param>
/// <param name="RedirectTo">The redirect back to the app carrying the error, or null to show it.</param>
public sealed record AuthorizeError(string Error, string Description, Uri? RedirectTo);
