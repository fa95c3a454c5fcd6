using CognitoMfaScenario.Configuration;
using LocalCognito;

namespace CognitoMfaScenario.Local;

/// <summary>Starts LocalCognito inside this process, for runs with no pool configured.</summary>
public static class EmbeddedLocalCognito
{
    /// <summary>
    /// Starts the server on an ephemeral loopback port, in memory, quiet, on the given clock, and returns at once: its
    /// URL and ids are known, and the first call waits in the port's queue until it serves (the user meanwhile reads
    /// the banner and types the first answers).
    /// </summary>
    public static LocalCognitoServer Start(TimeProvider timeProvider) =>
        LocalCognitoServer.StartInBackground(new LocalCognitoOptions { TimeProvider = timeProvider });

    /// <summary>The scenario target for a running server: its default pool and app client.</summary>
    public static ScenarioTarget TargetFor(LocalCognitoServer server) =>
        new(TargetKind.EmbeddedLocal, server.UserPoolId, server.ClientId, ClientSecret: null, server.Region, server.Endpoint, HasOutbox: true);
}
