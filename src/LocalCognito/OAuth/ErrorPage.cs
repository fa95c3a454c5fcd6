using System.Net;

namespace LocalCognito.OAuth;

/// <summary>
/// The page shown (HTTP 400) when an authorize or logout request cannot be sent back to the app: an unknown client or
/// an unregistered redirect URI must never be redirected to.
/// </summary>
public static class ErrorPage
{
    public static IResult Show(string error, string description)
    {
        var html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign-in error</title></head><body>"
            + "<main><h1>An error was encountered with the requested page.</h1>"
            + $"<p id=\"error\">{WebUtility.HtmlEncode(error)}</p><p id=\"error_description\">{WebUtility.HtmlEncode(description)}</p>"
            + "</main></body></html>";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
    }
}
