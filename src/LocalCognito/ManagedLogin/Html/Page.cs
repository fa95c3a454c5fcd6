using System.Text;
using System.Text.Encodings.Web;

namespace LocalCognito.ManagedLogin.Html;

/// <summary>
/// One managed login page: a heading, an optional error (announced by screen readers) or notice, and the body's forms
/// and links. Rendered as a complete HTML document with the inline style and strict security headers.
/// </summary>
public sealed class Page(string title)
{
    private readonly StringBuilder _body = new();

    public string Title { get; } = title;
    public string? Error { get; set; }
    public string? Notice { get; set; }

    public static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>A paragraph of plain text.</summary>
    public Page Paragraph(string text) => Raw($"<p>{Encode(text)}</p>");

    /// <summary>Markup built by the <see cref="Form"/> or other helpers (already encoded).</summary>
    public Page Raw(string html)
    {
        _body.Append(html).Append('\n');
        return this;
    }

    /// <summary>A list of links (text, href).</summary>
    public Page Links(params (string Text, string Href)[] links)
    {
        _body.Append("<ul class=\"links\">");
        foreach (var (text, href) in links)
        {
            _body.Append($"<li><a href=\"{Encode(href)}\">{Encode(text)}</a></li>");
        }

        _body.Append("</ul>\n");
        return this;
    }

    public IResult ToResult(int statusCode = StatusCodes.Status200OK) => new PageResult(Render(), statusCode);

    public string Render()
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<title>{Encode(Title)}</title>\n<style>{PageStyle.Css}</style>\n</head>\n<body>\n<main>\n");
        html.Append("<p class=\"brand\">LocalCognito</p>\n");
        html.Append($"<h1>{Encode(Title)}</h1>\n");
        if (Error is not null)
        {
            html.Append($"<div class=\"alert\" role=\"alert\" id=\"page-error\">{Encode(Error)}</div>\n");
        }

        if (Notice is not null)
        {
            html.Append($"<div class=\"notice\" role=\"status\">{Encode(Notice)}</div>\n");
        }

        html.Append(_body);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Writes the page with headers a login page needs: no caching, no framing, no referrer, only its own style.</summary>
    private sealed class PageResult(string html, int statusCode) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            var headers = http.Response.Headers;
            headers.CacheControl = "no-store";
            headers["Content-Security-Policy"] =
                $"default-src 'none'; style-src {PageStyle.CspHash}; img-src data:; frame-ancestors 'none'; base-uri 'none'";
            headers["X-Frame-Options"] = "DENY";
            headers["X-Content-Type-Options"] = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            http.Response.StatusCode = statusCode;
            http.Response.ContentType = "text/html; charset=utf-8";
            return http.Response.WriteAsync(html);
        }
    }
}
