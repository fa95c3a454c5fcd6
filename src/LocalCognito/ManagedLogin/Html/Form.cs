using System.Text;

namespace LocalCognito.ManagedLogin.Html;

/// <summary>
/// A POST form with its CSRF token. Every input has a visible label tied to it, hints are announced with the field
/// (aria-describedby), and the first field takes the focus so the page works from the keyboard at once.
/// </summary>
public sealed class Form
{
    public const string CsrfField = "_csrf";
    private readonly StringBuilder _html = new();
    private bool _focusGiven;

    public Form(string action, string csrfToken)
    {
        _html.Append($"<form method=\"post\" action=\"{Page.Encode(action)}\" novalidate>\n");
        _html.Append($"<input type=\"hidden\" name=\"{CsrfField}\" value=\"{Page.Encode(csrfToken)}\">\n");
    }

    /// <summary>A labelled input. type: text, email, password, tel; autocomplete as the HTML spec names it.</summary>
    public Form Field(string name, string label, string type = "text", string? autocomplete = null, string? value = null,
        string? hint = null, bool numeric = false, bool focus = true)
    {
        var id = "field-" + name.Replace(':', '-');
        _html.Append($"<label for=\"{id}\">{Page.Encode(label)}</label>\n");
        var attributes = new StringBuilder($"type=\"{type}\" id=\"{id}\" name=\"{Page.Encode(name)}\" required");
        if (autocomplete is not null)
        {
            attributes.Append($" autocomplete=\"{autocomplete}\"");
        }

        if (value is not null && type != "password")
        {
            attributes.Append($" value=\"{Page.Encode(value)}\"");
        }

        if (numeric)
        {
            attributes.Append(" inputmode=\"numeric\" autocapitalize=\"off\" spellcheck=\"false\"");
        }

        if (type is "text" or "email")
        {
            attributes.Append(" autocapitalize=\"none\"");
        }

        if (hint is not null)
        {
            attributes.Append($" aria-describedby=\"{id}-hint\"");
        }

        if (focus && !_focusGiven && string.IsNullOrEmpty(value))
        {
            attributes.Append(" autofocus");
            _focusGiven = true;
        }

        _html.Append($"<input {attributes}>\n");
        if (hint is not null)
        {
            _html.Append($"<p class=\"hint\" id=\"{id}-hint\">{Page.Encode(hint)}</p>\n");
        }

        return this;
    }

    /// <summary>A hidden value that is no secret (e.g. which button group a choice came from).</summary>
    public Form Hidden(string name, string value)
    {
        _html.Append($"<input type=\"hidden\" name=\"{Page.Encode(name)}\" value=\"{Page.Encode(value)}\">\n");
        return this;
    }

    /// <summary>Radio buttons in a fieldset with a legend; the first is selected.</summary>
    public Form Choice(string name, string legend, params (string Value, string Label)[] options)
    {
        _html.Append($"<fieldset><legend>{Page.Encode(legend)}</legend>\n");
        for (var i = 0; i < options.Length; i++)
        {
            var id = $"choice-{name}-{i}";
            var selected = i == 0 ? " checked" : "";
            _html.Append($"<div class=\"choice\"><input type=\"radio\" id=\"{id}\" name=\"{Page.Encode(name)}\" value=\"{Page.Encode(options[i].Value)}\"{selected}>");
            _html.Append($"<label for=\"{id}\">{Page.Encode(options[i].Label)}</label></div>\n");
        }

        _html.Append("</fieldset>\n");
        return this;
    }

    /// <summary>Free markup inside the form (already encoded).</summary>
    public Form Raw(string html)
    {
        _html.Append(html).Append('\n');
        return this;
    }

    /// <summary>The submit button; a secondary one is styled as the lesser action.</summary>
    public Form Submit(string label, bool secondary = false)
    {
        var style = secondary ? " class=\"secondary\"" : "";
        _html.Append($"<button type=\"submit\"{style}>{Page.Encode(label)}</button>\n");
        return this;
    }

    public override string ToString() => _html + "</form>";
}
