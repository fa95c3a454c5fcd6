namespace CognitoMfaScenario.BrowserSignIn;

/// <summary>Opens a web page in the person's browser.</summary>
public interface IBrowserLauncher
{
    /// <summary>Asks the system to open the URL; false when there is no way to (no desktop session, no opener).</summary>
    bool TryOpen(Uri url);
}
