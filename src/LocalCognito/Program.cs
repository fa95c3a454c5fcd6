using System.Runtime.InteropServices;
using LocalCognito;

// Standalone LocalCognito:
//   dotnet run --project src/LocalCognito -- --port 9229 [--data DIR] [--region R] [--access-key K --secret-key S] [--no-lockouts]
var options = new LocalCognitoOptions { Port = 9229 };
for (var index = 0; index < args.Length; index++)
{
    string Value() => index + 1 < args.Length ? args[++index] : throw new ArgumentException($"{args[index]} needs a value.");
    switch (args[index])
    {
        case "--port" when int.TryParse(Value(), out var port) && port is >= 0 and <= 65535:
            options.Port = port;
            break;
        case "--data":
            options.DataDirectory = Path.GetFullPath(Value());
            break;
        case "--region":
            options.Region = Value();
            break;
        case "--access-key":
            options.AccessKeyId = Value();
            break;
        case "--secret-key":
            options.SecretAccessKey = Value();
            break;
        case "--no-lockouts":
            options.Lockouts = false;
            break;
        case "--help" or "-h":
            Console.WriteLine("Usage: LocalCognito [--port 9229] [--data DIR] [--region us-east-1] [--access-key local --secret-key local] [--no-lockouts]");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown or invalid argument '{args[index]}'. Try --help.");
            return 2;
    }
}

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
