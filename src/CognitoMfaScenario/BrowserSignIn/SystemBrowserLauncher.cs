using System.ComponentModel;
using System.Diagnostics;

namespace CognitoMfaScenario.BrowserSignIn;

/// <summary>
/// Opens URLs with the system's opener: the shell on Windows, <c>open</c> on macOS, <c>xdg-open</c> on Linux and
/// the BSDs. On Linux without a graphical session (no DISPLAY or WAYLAND_DISPLAY) it does not try: xdg-open would
/// then start a text browser in this very terminal.
/// </summary>
public sealed class SystemBrowserLauncher : IBrowserLauncher
{
    public bool TryOpen(Uri url)
    {
        if (OperatingSystem.IsWindows())
        {
            return TryStart(new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true });
        }

        if (OperatingSystem.IsMacOS())
        {
            return TryStart(Quiet("open", url));
        }

        return HasGraphicalSession() && TryStart(Quiet("xdg-open", url));
    }

    private static bool HasGraphicalSession() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"));

    private static ProcessStartInfo Quiet(string opener, Uri url)
    {
        // The opener's own messages would land in the middle of the scenario's output.
        var start = new ProcessStartInfo(opener) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(url.AbsoluteUri);
        return start;
    }

    private static bool TryStart(ProcessStartInfo start)
    {
        try
        {
            using var process = Process.Start(start);
            return process is not null;
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException)
        {
            return false; // no such opener on this system
        }
    }
}
