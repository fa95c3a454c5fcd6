using Microsoft.Playwright;

namespace ManagedLogin.Tests;

/// <summary>
/// Saves what the browser shows, one PNG per page, so a person can look at every page. They go to the folder named by
/// MANAGED_LOGIN_SCREENSHOTS (docs/managed-login/ when the docs are refreshed), else to screenshots/ in the test output.
/// </summary>
public static class Screenshots
{
    public static string Folder =>
        Environment.GetEnvironmentVariable("MANAGED_LOGIN_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}
