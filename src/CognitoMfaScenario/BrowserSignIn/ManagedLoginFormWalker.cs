using System.Net;
using CognitoMfaScenario.Errors;

namespace CognitoMfaScenario.BrowserSignIn;

/// <summary>What the unattended run types into the managed login pages.</summary>
/// <param name="Username">The user to sign in.</param>
/// <param name="Password">The user's password (sent only in the sign-in form's POST body).</param>
/// <param name="MfaFactor">The factor to pick where the page offers a choice: SOFTWARE_TOKEN_MFA or EMAIL_OTP.</param>
/// <param name="NextMfaCodeAsync">Gives the code for an MFA code field (the built-in authenticator, or the outbox).</param>
public sealed record ManagedLoginAnswers(string Username, string Password, string MfaFactor, Func<CancellationToken, Task<string>> NextMfaCodeAsync);

/// <summary>
/// Signs in through the managed login pages as a browser would, for --non-interactive runs on LocalCognito: it
/// follows the redirects from /oauth2/authorize, fills each page's form (keeping its hidden fields, among them the
/// CSRF token, and the session cookie) and, once the pages redirect to the app, delivers that redirect to the
/// loopback listener. It knows fields by their type, name and autocomplete hint, not by the page's layout; a page
/// asking for something it cannot answer, or showing an error, stops it with that page's own words.
/// </summary>
public sealed class ManagedLoginFormWalker(Func<HttpMessageHandler>? handlerFactory = null)
{
    private const int MaxPages = 10;

    /// <returns>The redirect to the app (redirect URI with code and state, or with an error).</returns>
    /// <exception cref="ScenarioException">A page showed an error, asked for something unexpected, or the pages never redirected.</exception>
    public async Task<Uri> SignInAsync(Uri authorizeUrl, Uri redirectUri, ManagedLoginAnswers answers, CancellationToken cancellationToken)
    {
        // A handler from the factory belongs to whoever made it (tests share one); the default one is this walk's.
        using var client = handlerFactory is null
            ? new HttpClient(new SocketsHttpHandler
            {
                AllowAutoRedirect = false, // each hop is looked at: the last one goes to the app, not to another page
                UseCookies = true,
                CookieContainer = new CookieContainer(),
            })
            : new HttpClient(handlerFactory(), disposeHandler: false);
        client.Timeout = TimeSpan.FromSeconds(30);

        var current = authorizeUrl;
        var response = await client.GetAsync(current, cancellationToken).ConfigureAwait(false);
        for (var hops = 0; hops < MaxPages * 2; hops++)
        {
            var (next, nextUrl, done) = await FollowAsync(client, response, current, redirectUri, answers, cancellationToken).ConfigureAwait(false);
            response.Dispose();
            if (done is not null)
            {
                return done;
            }

            (response, current) = (next!, nextUrl!);
        }

        response.Dispose();
        throw new ScenarioException($"The managed login pages did not send the browser back to the app after {MaxPages} pages.");
    }

    /// <summary>One hop: follows a redirect or submits the page's form; done when the redirect goes to the app.</summary>
    private static async Task<(HttpResponseMessage? Next, Uri? NextUrl, Uri? Done)> FollowAsync(HttpClient client, HttpResponseMessage response, Uri current,
        Uri redirectUri, ManagedLoginAnswers answers, CancellationToken cancellationToken)
    {
        if (IsRedirect(response.StatusCode))
        {
            var location = response.Headers.Location is { } target
                ? new Uri(current, target)
                : throw new ScenarioException($"The managed login page {current.AbsolutePath} redirected without a Location.");
            if (!IsTheApp(location, redirectUri))
            {
                return (await client.GetAsync(location, cancellationToken).ConfigureAwait(false), location, null);
            }

            // Delivered as the browser would: the listener answers it and hands the code to the step.
            using var delivered = await client.GetAsync(location, cancellationToken).ConfigureAwait(false);
            return (null, null, location);
        }

        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        if (page.Alert is not null)
        {
            throw new ScenarioException($"The managed login page \"{page.Title}\" said: {page.Alert}");
        }

        var form = page.Forms.FirstOrDefault(candidate => candidate.Method == "post")
            ?? throw new ScenarioException(
                $"The managed login page \"{page.Title}\" (HTTP {(int)response.StatusCode}) has no form to fill in, and did not send the browser back to the app.");
        var values = await FillAsync(page, form, answers, cancellationToken).ConfigureAwait(false);
        var action = string.IsNullOrEmpty(form.Action) ? current : new Uri(current, form.Action);
        using var content = new FormUrlEncodedContent(values);
        return (await client.PostAsync(action, content, cancellationToken).ConfigureAwait(false), action, null);
    }

    private static async Task<List<KeyValuePair<string, string>>> FillAsync(HtmlPage page, HtmlForm form, ManagedLoginAnswers answers, CancellationToken cancellationToken)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var group in form.Fields.GroupBy(field => field.Name))
        {
            var field = group.First();
            var value = field.Type switch
            {
                "submit" or "button" or "reset" or "image" => null,
                "hidden" => field.Value ?? "",
                "radio" => (group.FirstOrDefault(option => option.Value == answers.MfaFactor) ?? group.FirstOrDefault(option => option.Checked) ?? field).Value ?? "",
                "checkbox" => group.FirstOrDefault(option => option.Checked)?.Value ?? (group.Any(option => option.Checked) ? "on" : null),
                "password" when field.Autocomplete == "new-password" => throw Unexpected(page, field, "a new password"),
                "password" => answers.Password,
                _ when IsCode(field) => await answers.NextMfaCodeAsync(cancellationToken).ConfigureAwait(false),
                _ when IsUsername(field) => answers.Username,
                _ when !string.IsNullOrEmpty(field.Value) => field.Value, // filled in by the page already
                _ => throw Unexpected(page, field, $"\"{field.Name}\""),
            };
            if (value is not null)
            {
                values.Add(new(field.Name, value));
            }
        }

        return values;
    }

    private static bool IsCode(HtmlField field) =>
        field.Autocomplete == "one-time-code" || field.Name is "code" or "otp" or "totp" or "mfa_code";

    private static bool IsUsername(HtmlField field) =>
        field.Autocomplete == "username" || field.Name.Contains("username", StringComparison.OrdinalIgnoreCase);

    private static ScenarioException Unexpected(HtmlPage page, HtmlField field, string what) =>
        new($"The managed login page \"{page.Title}\" asks for {what} (field {field.Name}), which the unattended run does not answer. " +
            "Run the scenario without --non-interactive to see the page.");

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400 && status != HttpStatusCode.NotModified;

    private static bool IsTheApp(Uri location, Uri redirectUri) =>
        string.Equals(location.GetLeftPart(UriPartial.Path), redirectUri.GetLeftPart(UriPartial.Path), StringComparison.Ordinal);
}
