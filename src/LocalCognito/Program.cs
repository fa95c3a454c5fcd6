using System.Runtime.InteropServices;
using LocalCognito;
using LocalCognito.Store;

// Standalone LocalCognito:
//   dotnet run --project src/LocalCognito -- --port 9229 [--data DIR] [--public-url URL] [--allowed-hosts NAMES] ...
// or, installed as a .NET tool (docs/local-cognito.md, "Install as a tool"): localcognito --port 9229 ...
var commandLine = StandaloneCommandLine.Parse(args);
if (commandLine.Error is not null)
{
    Console.Error.WriteLine($"{commandLine.Error} Try --help.");
    return 2;
}

if (commandLine.HelpRequested)
{
    Console.WriteLine(StandaloneCommandLine.Usage);
    return 0;
}

var options = commandLine.Options;

// The log (including the outbox boxes) goes to stderr, so stdout carries only the one start-up line for scripts.
using var loggerFactory = LoggerFactory.Create(logging => logging
    .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
    .AddSimpleConsole(console =>
    {
        console.SingleLine = true;
        console.TimestampFormat = "HH:mm:ss ";
    })
    .SetMinimumLevel(LogLevel.Information)
    .AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
    // One warning per connection refused over the limit would turn a flood into a flood of log lines.
    .AddFilter("Microsoft.AspNetCore.Server.Kestrel.Connections", LogLevel.Error)
    .AddFilter("Microsoft.Hosting", LogLevel.Warning));
options.LoggerFactory = loggerFactory;

var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, cancel) =>
{
    cancel.Cancel = true;
    stop.TrySetResult();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.TrySetResult();
});

LocalCognitoServer server;
try
{
    server = await LocalCognitoServer.StartAsync(options);
}
catch (DataFileException failure)
{
    Console.Error.WriteLine(failure.Message);
    return 1;
}
catch (IOException failure)
{
    Console.Error.WriteLine($"LocalCognito could not start on 127.0.0.1:{options.Port}: {failure.Message}");
    return 1;
}

await using (server)
{
    Console.WriteLine($"LocalCognito listening on {server.Endpoint} region {server.Region} user pool {server.UserPoolId} client {server.ClientId}");
    await stop.Task;
    loggerFactory.CreateLogger("LocalCognito").LogInformation("Stopping");
}
return 0;
