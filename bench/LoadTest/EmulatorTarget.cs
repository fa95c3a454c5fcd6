using System.Text.Json.Nodes;
using Reliability.Tests.Wire;

namespace LoadTest;

/// <summary>An emulator under load: its process, a wire client for it, its user pool and app client.</summary>
public abstract class EmulatorTarget(ServerProcess server, CognitoWireClient cognito) : IDisposable
{
    public ServerProcess Server => server;
    public CognitoWireClient Cognito => cognito;
    public string Name => server.Name;
    public string PoolId { get; protected set; } = "";
    public string ClientId { get; protected set; } = "";

    /// <summary>Whether the emulator can run the MFA sign-in (MFA_SETUP, software tokens, admin challenge answers).</summary>
    public abstract bool SupportsMfa { get; }

    /// <summary>The newest sign-up confirmation code for each of these users.</summary>
    public abstract Task<IReadOnlyDictionary<string, string>> ConfirmationCodesAsync(IReadOnlyCollection<string> usernames);

    public void Dispose() => server.Dispose();
}

/// <summary>LocalCognito standalone: the default pool and client, codes from GET /_local/outbox.</summary>
public sealed class LocalCognitoTarget(ServerProcess server, CognitoWireClient cognito) : EmulatorTarget(server, cognito)
{
    public override bool SupportsMfa => true;

    public async Task InitializeAsync()
    {
        var pools = await Cognito.CallAsync("ListUserPools", new JsonObject { ["MaxResults"] = 60 });
        PoolId = pools["UserPools"]![0]!["Id"]!.GetValue<string>();
        var clients = await Cognito.CallAsync("ListUserPoolClients", new JsonObject { ["UserPoolId"] = PoolId, ["MaxResults"] = 60 });
        ClientId = clients["UserPoolClients"]![0]!["ClientId"]!.GetValue<string>();
    }

    public override async Task<IReadOnlyDictionary<string, string>> ConfirmationCodesAsync(IReadOnlyCollection<string> usernames)
    {
        var wanted = usernames.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var message in await Cognito.OutboxAsync())
        {
            var username = message?["username"]?.GetValue<string>();
            if (username is not null && wanted.Contains(username))
            {
                codes[username] = message!["code"]!.GetValue<string>(); // oldest first: the last one wins
            }
        }
        return codes;
    }
}

/// <summary>cognito-local: a pool and client created through its API; every code is the one it was told to send.</summary>
public sealed class CognitoLocalTarget(ServerProcess server, CognitoWireClient cognito) : EmulatorTarget(server, cognito)
{
    public override bool SupportsMfa => false;

    public async Task InitializeAsync()
    {
        var pool = await Cognito.CallAsync("CreateUserPool", new JsonObject
        {
            ["PoolName"] = "bench",
            ["MfaConfiguration"] = "OFF",
            ["AutoVerifiedAttributes"] = new JsonArray("email"),
        });
        PoolId = pool["UserPool"]!["Id"]!.GetValue<string>();
        var client = await Cognito.CallAsync("CreateUserPoolClient", new JsonObject
        {
            ["UserPoolId"] = PoolId,
            ["ClientName"] = "bench",
            ["ExplicitAuthFlows"] = new JsonArray("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
        });
        ClientId = client["UserPoolClient"]!["ClientId"]!.GetValue<string>();
    }

    public override Task<IReadOnlyDictionary<string, string>> ConfirmationCodesAsync(IReadOnlyCollection<string> usernames) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(
            usernames.ToDictionary(u => u, _ => ServerProcess.PeerConfirmationCode, StringComparer.OrdinalIgnoreCase));
}
