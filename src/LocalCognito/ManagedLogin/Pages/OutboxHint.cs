using LocalCognito.ManagedLogin.Html;

namespace LocalCognito.ManagedLogin.Pages;

/// <summary>LocalCognito sends no email: the code pages say where its local outbox shows the code.</summary>
public static class OutboxHint
{
    public static string Html(LoginContext context)
    {
        var link = context.Http.Request.PathBase + "/_local/outbox?username=" + Uri.EscapeDataString(context.Flow.Username ?? "");
        return "<p class=\"hint\">LocalCognito sends no email: the code is in its local outbox, printed in a box in the server's log and listed at "
               + $"<a href=\"{Page.Encode(link)}\">{Page.Encode("/_local/outbox")}</a>.</p>";
    }

    /// <summary>"We sent a code to t***@e***." (or without the address when Cognito gave none).</summary>
    public static string SentTo(string? destination, string what = "a code") =>
        destination is { Length: > 0 } ? $"We sent {what} to {destination}." : $"We sent you {what} by email.";
}
