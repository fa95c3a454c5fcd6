using CognitoMfaScenario.Configuration;
using LocalCognito;

namespace CognitoMfaScenario.Local;

/// <summary>Starts LocalCognito inside this process, for runs with no pool configured.</summary>
public static class EmbeddedLocalCognito
{
    /// <summary>Starts the server on an ephemeral loopback port, in memory, quiet, on the given clock.</summary>
    public static Task<LocalCognitoServer> StartAsync(TimeProvider timeProvider, CancellationToken cancellationToken) =>
        LocalCognitoServer.StartAsync(new LocalCognitoOptions { TimeProvider = timeProvider }, cancellationToken);

    /// <summary>The scenario target for a running server: its default pool and app client.</summary>
    public static ScenarioTarget TargetFor(LocalCognitoServer server) =>
        new(TargetKind.EmbeddedLocal, server.UserPoolId, server.ClientId, ClientSecret: null, server.Region, server.Endpoint, HasOutbox: true);
}
