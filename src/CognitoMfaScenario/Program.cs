using System.Security.Cryptography;
using Amazon.CognitoIdentityProvider;
using CognitoMfaScenario.BrowserSignIn;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Local;
using CognitoMfaScenario.Tokens;
using CognitoMfaScenario.Ui;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace CognitoMfaScenario;

/// <summary>Entry point: reads options, builds the generic host, runs the scenario.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // First Ctrl+C: stop cleanly through the cancellation token. A second one ends the process.
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        };

        var redirected = Console.IsInputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        return await RunAsync(args, new ConsoleIo(console, redirected ? Console.In : null), cancellation.Token).ConfigureAwait(false);
    }

    /// <summary>Runs the program on the given console (tests pass a captured one).</summary>
    /// <returns>The exit code: 0 success, 1 a step failed, 2 usage error, 130 cancelled.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, ConsoleIo io, CancellationToken cancellationToken)
    {
        var console = io.Console;
        try
        {
            var commandLine = CommandLine.Parse(args);
            if (commandLine.HelpRequested)
            {
                console.WriteLine(CommandLine.Usage);
                return ScenarioRunner.Success;
            }

            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                DisableDefaults = true, // no appsettings.json, unprefixed environment or console logging
                ContentRootPath = AppContext.BaseDirectory,
            });
            ConfigurationSetup.AddScenarioSources(builder.Configuration, commandLine.Settings);
            var options = ScenarioOptions.FromConfiguration(builder.Configuration);

            using var httpClient = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            await using var resolved = await TargetResolver.ResolveAsync(options,
                [Directory.GetCurrentDirectory(), AppContext.BaseDirectory], TimeProvider.System, httpClient, cancellationToken).ConfigureAwait(false);
            var target = resolved.Target;
            if (options.NonInteractive && !target.HasOutbox && !options.AdminConfirm)
            {
                throw new OptionsException("--non-interactive cannot read confirmation emails from this service: add --admin-confirm (uses AdminConfirmSignUp).");
            }

            RegisterServices(builder.Services, io, options, resolved, httpClient);
            using var host = builder.Build();
            // Setting up the Cognito client (credentials, endpoint, the SDK's first use) takes a moment: do it while
            // the banner is written. Its failures surface here, as they did when the runner was resolved.
            var clientReady = Task.Run(() => host.Services.GetRequiredService<IAmazonCognitoIdentityProvider>(), CancellationToken.None);
            WriteBanner(console, resolved, options);
            await clientReady.ConfigureAwait(false);
            var exitCode = await host.Services.GetRequiredService<ScenarioRunner>().RunAsync(cancellationToken).ConfigureAwait(false);
            if (resolved.EmbeddedServerFailure is { } failure)
            {
                // The step failed because the server it called never started: say why.
                console.Problem(ErrorMessages.Describe(failure, null));
            }

            return exitCode;
        }
        catch (OptionsException exception)
        {
            console.Problem(exception.Message);
            console.WriteLine();
            console.WriteLine(CommandLine.Usage);
            return ScenarioRunner.UsageError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Warning("Cancelled.");
            return ScenarioRunner.Cancelled;
        }
        catch (Exception exception)
        {
            // Failures before the first step: no credentials, LocalCognito cannot start, network.
            console.Problem(ErrorMessages.Describe(exception, null));
            return ScenarioRunner.StepFailed;
        }
    }

    private static void RegisterServices(IServiceCollection services, ConsoleIo io, ScenarioOptions options, ResolvedTarget resolved, HttpClient httpClient)
    {
        var target = resolved.Target;
        services.AddSingleton(io.Console);
        services.AddSingleton(io.CreatePrompter());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => RandomNumberGenerator.Create());
        services.AddSingleton(options);
        services.AddSingleton(target);
        services.AddSingleton(httpClient);
        services.AddSingleton<IWellKnownDocuments, HttpWellKnownDocuments>();
        services.AddSingleton<IBrowserLauncher, SystemBrowserLauncher>();
        services.AddSingleton<IConfirmationMailbox>(target.HasOutbox && target.Endpoint is not null
            ? new OutboxReader(httpClient, target.Endpoint)
            : new NoMailbox());
        services.AddDefaultAWSOptions(resolved.AwsOptions);
        services.AddAWSService<IAmazonCognitoIdentityProvider>();
        services.AddScenario();
    }

    private static void WriteBanner(IAnsiConsole console, ResolvedTarget resolved, ScenarioOptions options)
    {
        var lines = resolved.Notes.Select(Markup.Escape).ToList();
        if (options.NonInteractive)
        {
            lines.Add("[grey]--non-interactive: answers come from options, codes from the outbox and the built-in authenticator.[/]");
        }

        console.Write(new Panel(new Markup(string.Join('\n', lines)))
        {
            Header = new PanelHeader(" Amazon Cognito: sign up with MFA, sign in, remember the device "),
            Border = BoxBorder.Rounded,
        });
    }
}
