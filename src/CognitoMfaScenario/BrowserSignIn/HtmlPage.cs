using System.Net;
using System.Text.RegularExpressions;

namespace CognitoMfaScenario.BrowserSignIn;

/// <summary>One input of a form: its name, type, value and the hints a person (or a password manager) would read.</summary>
public sealed record HtmlField(string Name, string Type, string? Value, string? Autocomplete, bool Checked);

/// <summary>A form: where it posts and its inputs, in document order.</summary>
public sealed record HtmlForm(string Method, string? Action, IReadOnlyList<HtmlField> Fields);

/// <summary>
/// The parts of a server-rendered login page an unattended run needs: its title, the alert it shows after a wrong
/// answer, and its forms. A small, forgiving reader of the markup (attribute order, quoting and case do not matter),
/// not a full HTML parser: the pages it reads are LocalCognito's own, which work without JavaScript.
/// </summary>
public sealed partial record HtmlPage(string Title, string? Alert, IReadOnlyList<HtmlForm> Forms)
{
    public static HtmlPage Parse(string html)
    {
        var title = Text(TitlePattern().Match(html).Groups["text"].Value);
        var alert = AlertPattern().Match(html) is { Success: true } match ? Text(match.Groups["text"].Value) : null;
        var forms = FormPattern().Matches(html).Select(form =>
        {
            var attributes = Attributes(form.Groups["attributes"].Value);
            var fields = InputPattern().Matches(form.Groups["body"].Value)
                .Select(input => Attributes(input.Groups["attributes"].Value))
                .Where(input => input.ContainsKey("name"))
                .Select(input => new HtmlField(
                    input["name"]!,
                    (input.GetValueOrDefault("type") ?? "text").ToLowerInvariant(),
                    input.GetValueOrDefault("value"),
                    input.GetValueOrDefault("autocomplete"),
                    input.ContainsKey("checked")))
                .ToList();
            return new HtmlForm((attributes.GetValueOrDefault("method") ?? "get").ToLowerInvariant(), attributes.GetValueOrDefault("action"), fields);
        }).ToList();
        return new HtmlPage(title, string.IsNullOrWhiteSpace(alert) ? null : alert, forms);
    }

    /// <summary>The attributes of a tag, names lower-cased, values decoded; a bare attribute (checked) has a null value.</summary>
    private static Dictionary<string, string?> Attributes(string text)
    {
        var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (Match attribute in AttributePattern().Matches(text))
        {
            var value = attribute.Groups["double"].Success ? attribute.Groups["double"].Value
                : attribute.Groups["single"].Success ? attribute.Groups["single"].Value
                : attribute.Groups["bare"].Success ? attribute.Groups["bare"].Value
                : null;
            attributes.TryAdd(attribute.Groups["name"].Value.ToLowerInvariant(), value is null ? null : WebUtility.HtmlDecode(value));
        }

        return attributes;
    }

    /// <summary>Markup to plain text: tags dropped, entities decoded, white space collapsed.</summary>
    private static string Text(string markup) =>
        WhiteSpace().Replace(WebUtility.HtmlDecode(Tag().Replace(markup, " ")), " ").Trim();

    [GeneratedRegex(@"<title[^>]*>(?<text>.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"<(?<tag>\w+)\b[^>]*\brole\s*=\s*[""']?alert[""']?[^>]*>(?<text>.*?)</\k<tag>\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AlertPattern();

    [GeneratedRegex(@"<form\b(?<attributes>[^>]*)>(?<body>.*?)</form\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex(@"<(?:input|button)\b(?<attributes>[^>]*)>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex InputPattern();

    [GeneratedRegex(@"(?<name>[^\s=/>""']+)(?:\s*=\s*(?:""(?<double>[^""]*)""|'(?<single>[^']*)'|(?<bare>[^\s>""']+)))?", RegexOptions.Singleline)]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
