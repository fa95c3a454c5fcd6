using System.Globalization;
using System.Text.Json;
using LoadTest;
using Reliability.Tests.Wire;

// Usage:
//   LoadTest load   [--localcognito <LocalCognito.dll>] [--peer <bench/peer>] [--clients 1,8,64] [--seconds 8] [--enrolled 8000]
//                   [--repeat 3] [--out results.json] [--table results.md]
//   Each repetition starts fresh servers; the table shows the median of the repetitions (the failed column is their sum).
//   LoadTest memory --localcognito <LocalCognito.dll> [--users 100000] [--clients 64] [--data <dir>]
//   LoadTest token  --localcognito <LocalCognito.dll> [--clients 1,8,64] [--seconds 8] [--repeat 3] [--table results.md]
//   (/oauth2/token client_credentials on the default pool's domain)
var mode = args.FirstOrDefault() ?? "";
var options = Options.Parse(args.Skip(1));
var dll = options.Get("localcognito");
if (mode is not ("load" or "memory" or "token") || (dll is null && (mode is "memory" or "token" || options.Get("peer") is null)))
{
    Console.Error.WriteLine("usage: LoadTest load|memory|token --localcognito <LocalCognito.dll> [--peer <dir>] [options]; see Program.cs");
    return 2;
}

using var http = new HttpClient(new SocketsHttpHandler
{
    UseProxy = false,
    MaxConnectionsPerServer = 256,
    PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
})
{ Timeout = TimeSpan.FromSeconds(60) };
var signer = new SigV4Signer("local", "local", "us-east-1");

if (mode == "memory")
{
    var data = options.Get("data");
    using var server = await LocalCognitoTargetAsync(dll!, data);
    var users = int.Parse(options.Get("users") ?? "100000", CultureInfo.InvariantCulture);
    Console.WriteLine($"LocalCognito ({(data is null ? "in memory" : "--data " + data)}), {users} users:");
    Console.WriteLine(await MemoryProbe.RunAsync(server, users, int.Parse(options.Get("clients") ?? "64", CultureInfo.InvariantCulture), Console.Out));
    return 0;
}

var clientCounts = (options.Get("clients") ?? "1,8,64").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
var phase = TimeSpan.FromSeconds(double.Parse(options.Get("seconds") ?? "8", CultureInfo.InvariantCulture));
var enrolledUsers = int.Parse(options.Get("enrolled") ?? "8000", CultureInfo.InvariantCulture);
var repeat = int.Parse(options.Get("repeat") ?? "1", CultureInfo.InvariantCulture);
var results = new List<LoadResult>();

for (var run = 1; run <= repeat; run++)
{
    Console.WriteLine($"== run {run} of {repeat}");
    results.AddRange(await RunOnceAsync());
}

var medians = Medians.Of(results);
var table = ResultsTable.Render(medians);
Console.WriteLine();
Console.WriteLine(table);
if (options.Get("out") is { } outFile)
{
    await File.WriteAllTextAsync(outFile, JsonSerializer.Serialize(new { runs = results, medians }, new JsonSerializerOptions { WriteIndented = true }));
}
if (options.Get("table") is { } tableFile)
{
    await File.WriteAllTextAsync(tableFile, table);
}
return 0;

async Task<List<LoadResult>> RunOnceAsync()
{
    var once = new List<LoadResult>();
    if (mode == "token")
    {
        using var tokenTarget = await LocalCognitoTargetAsync(dll!, dataDirectory: null);
        once.AddRange(await new TokenEndpointPlan(tokenTarget, http, clientCounts, phase, Console.Out).RunAsync());
        return once;
    }

    if (dll is not null)
    {
        using var localCognito = await LocalCognitoTargetAsync(dll, dataDirectory: null);
        once.AddRange(await new LoadPlan(localCognito, clientCounts, phase, enrolledUsers, Console.Out).RunAsync());
    }
    if (options.Get("peer") is { } peer)
    {
        var work = Directory.CreateTempSubdirectory("cognito-local-bench-");
        try
        {
            var process = await ServerProcess.StartCognitoLocalAsync(Path.GetFullPath(peer), work.FullName);
            using var cognitoLocal = new CognitoLocalTarget(process, new CognitoWireClient(http, process.Endpoint, signer));
            await cognitoLocal.InitializeAsync();
            once.AddRange(await new LoadPlan(cognitoLocal, clientCounts, phase, 0, Console.Out).RunAsync());
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
    return once;
}

async Task<LocalCognitoTarget> LocalCognitoTargetAsync(string dllPath, string? dataDirectory)
{
    var process = await ServerProcess.StartLocalCognitoAsync(Path.GetFullPath(dllPath), dataDirectory);
    var target = new LocalCognitoTarget(process, new CognitoWireClient(http, process.Endpoint, signer));
    await target.InitializeAsync();
    return target;
}

/// <summary>--name value pairs.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    public string? Get(string name) => values.GetValueOrDefault(name);

    public static Options Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                values[name] = "";
            }
            else if (name is not null)
            {
                values[name] = arg;
                name = null;
            }
        }
        return new Options(values);
    }
}
