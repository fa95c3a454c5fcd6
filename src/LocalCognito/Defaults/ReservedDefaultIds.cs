using LocalCognito.Store;

namespace LocalCognito.Defaults;

/// <summary>
/// Ids picked for the default pool and app client before the server has started, so a program that embeds it can
/// show them at once (see <see cref="LocalCognitoServer.StartInBackground"/>). The first CreateUserPool and the first
/// CreateUserPoolClient take them (the default pool's, made before any request is served); every later one gets a new id.
/// </summary>
public sealed class ReservedDefaultIds(string? poolId, string? clientId)
{
    private string? _poolId = poolId;
    private string? _clientId = clientId;

    /// <summary>No reservation: every pool and client gets a new random id.</summary>
    public static ReservedDefaultIds None() => new(null, null);

    /// <summary>A new reservation of ids in Cognito's shapes for the given region.</summary>
    public static ReservedDefaultIds Pick(string region) => new(Ids.UserPoolId(region), Ids.ClientId());

    public string? PoolId => Volatile.Read(ref _poolId);

    public string? ClientId => Volatile.Read(ref _clientId);

    /// <summary>The reserved pool id the first time, then new ones.</summary>
    public string NextPoolId(string region) => Interlocked.Exchange(ref _poolId, null) ?? Ids.UserPoolId(region);

    /// <summary>The reserved client id the first time, then new ones.</summary>
    public string NextClientId() => Interlocked.Exchange(ref _clientId, null) ?? Ids.ClientId();
}
