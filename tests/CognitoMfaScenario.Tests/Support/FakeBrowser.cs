using CognitoMfaScenario.BrowserSignIn;

namespace CognitoMfaScenario.Tests.Support;

/// <summary>
/// A browser for tests: "opening" a URL follows its redirects in the background (through the given handler), as a
/// browser with a signed-in session does, so the redirect reaches the scenario's loopback listener.
/// </summary>
public sealed class FakeBrowser(HttpMessageHandler handler) : IBrowserLauncher
{
    /// <summary>Whether opening works (false: the scenario must print the address instead).</summary>
    public bool CanOpen { get; set; } = true;

    public List<Uri> Opened { get; } = [];

    public Task? Visit { get; private set; }

    public bool TryOpen(Uri url)
    {
        Opened.Add(url);
        if (!CanOpen)
        {
            return false;
        }

        Visit = Task.Run(() => FollowAsync(url));
        return true;
    }

    private async Task FollowAsync(Uri url)
    {
        using var client = new HttpClient(handler, disposeHandler: false);
        for (var hops = 0; hops < 5; hops++)
        {
            using var response = await client.GetAsync(url);
            if (response.Headers.Location is not { } next)
            {
                return;
            }

            url = new Uri(url, next);
        }
    }
}
