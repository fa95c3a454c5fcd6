using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using LocalCognito.Auth;
using LocalCognito.Defaults;
using LocalCognito.ManagedLogin;
using LocalCognito.OAuth;
using LocalCognito.Operations;
using LocalCognito.Outbox;
using LocalCognito.Protocol;
using LocalCognito.SignIn;
using LocalCognito.Store;
using LocalCognito.Triggers;
using LocalCognito.UserImport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalCognito;

/// <summary>
/// A Cognito user-pool emulator on 127.0.0.1, speaking the real JSON 1.1 wire protocol. Start it in-process with
/// <see cref="StartAsync"/>; it creates the default pool and client and stops on <see cref="DisposeAsync"/>.
/// </summary>
public sealed class LocalCognitoServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions OutboxFormat = new(JsonSerializerDefaults.Web);
    private readonly MessageOutbox _outbox;
    private Task<WebApplication> _started = null!;

    private LocalCognitoServer(Uri endpoint, string poolId, string clientId, LocalCognitoOptions options, MessageOutbox outbox)
    {
        _outbox = outbox;
        Endpoint = endpoint;
        Region = options.Region;
        UserPoolId = poolId;
        ClientId = clientId;
        AccessKeyId = options.AccessKeyId;
        SecretAccessKey = options.SecretAccessKey;
    }

    /// <summary>http://127.0.0.1:&lt;port&gt;/</summary>
    public Uri Endpoint { get; }
    public string Region { get; }
    /// <summary>The default pool, configured from Defaults/default-user-pool.json.</summary>
    public string UserPoolId { get; }
    /// <summary>The default pool's app client (no secret).</summary>
    public string ClientId { get; }
    public string AccessKeyId { get; }
    public string SecretAccessKey { get; }

    /// <summary>
    /// Completes when the server answers requests (at once after <see cref="StartAsync"/>); faults, with its port
    /// closed, when a start begun by <see cref="StartInBackground"/> failed.
    /// </summary>
    public Task Ready => _started;

    /// <summary>The running server's services, for tests that drive a part directly (e.g. completing a managed login).</summary>
    internal IServiceProvider Services => _started.Result.Services;

    /// <summary>Every code "sent" so far, oldest first (a snapshot).</summary>
    public IReadOnlyList<OutboxMessage> Outbox => _outbox.Snapshot();

    public static async Task<LocalCognitoServer> StartAsync(LocalCognitoOptions? options = null, CancellationToken ct = default)
    {
        options ??= new LocalCognitoOptions();
        if (options.DataDirectory is not null)
        {
            var warnings = DataFolder.Prepare(options.DataDirectory);
            var log = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger("LocalCognito");
            foreach (var warning in warnings)
            {
                log.LogWarning("{DataFolderWarning}", warning);
            }
        }

        var outbox = NewOutbox(options);
        var app = Build(options, outbox, ReservedDefaultIds.None(), listener: null);
        await app.StartAsync(ct);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var endpoint = new Uri(address.TrimEnd('/') + "/");
            var (poolId, clientId) = EnsureDefaultPool(app, endpoint);
            BeginDefaultPoolKey(app, poolId); // the first token needs it: overlap it with what the caller does next
            return new LocalCognitoServer(endpoint, poolId, clientId, options, outbox) { _started = Task.FromResult(app) };
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts an in-memory server without waiting for it: the port is bound and the default pool's ids are picked
    /// before this returns, so <see cref="Endpoint"/>, <see cref="UserPoolId"/> and <see cref="ClientId"/> are final;
    /// the host, the default pool and Kestrel start on a background thread. Requests sent meanwhile wait in the port's
    /// listen queue and are answered once it runs (<see cref="Ready"/>). A program that embeds LocalCognito can so
    /// show its first screen while the server starts.
    /// </summary>
    /// <exception cref="ArgumentException">The options name a data directory (its pool ids are in the store).</exception>
    /// <exception cref="IOException">The port cannot be bound.</exception>
    public static LocalCognitoServer StartInBackground(LocalCognitoOptions? options = null)
    {
        options ??= new LocalCognitoOptions();
        if (options.DataDirectory is not null)
        {
            throw new ArgumentException("StartInBackground keeps state in memory; with a DataDirectory use StartAsync.", nameof(options));
        }

        var listener = LoopbackListener.Bind(options.Port);
        var endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndPoint!).Port}/");
        var reserved = ReservedDefaultIds.Pick(options.Region);
        var outbox = NewOutbox(options);
        var server = new LocalCognitoServer(endpoint, reserved.PoolId!, reserved.ClientId!, options, outbox);
        server._started = Task.Run(async () =>
        {
            WebApplication? app = null;
            try
            {
                app = Build(options, outbox, reserved, listener);
                // The default pool exists before Kestrel takes the first queued request.
                var (poolId, _) = EnsureDefaultPool(app, endpoint);
                await app.StartAsync();
                // Only now: the key's ~0.25 s of CPU would otherwise compete with the embedding program's start.
                BeginDefaultPoolKey(app, poolId);
                return app;
            }
            catch
            {
                listener.Dispose(); // queued and later connections are refused instead of waiting for ever
                if (app is not null)
                {
                    await app.DisposeAsync();
                }

                throw;
            }
        });
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        WebApplication app;
        try
        {
            app = await _started;
        }
        catch (Exception) when (_started.IsFaulted)
        {
            return; // it never ran; Ready holds the reason
        }

        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static MessageOutbox NewOutbox(LocalCognitoOptions options) =>
        new(options.DataDirectory, (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger("LocalCognito.Outbox"));

    private static WebApplication Build(LocalCognitoOptions options, MessageOutbox outbox, ReservedDefaultIds reserved, Socket? listener)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LocalCognitoServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(options.LoggerFactory ?? NullLoggerFactory.Instance);
        // The embedding program owns Ctrl+C and SIGTERM; the server stops when disposed.
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        var port = listener is null ? options.Port : ((IPEndPoint)listener.LocalEndPoint!).Port;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
            ServerLimits.Apply(kestrel.Limits);
        });
        if (listener is not null)
        {
            // Kestrel listens on the socket bound earlier instead of binding a new one.
            builder.Services.Configure<SocketTransportOptions>(sockets => sockets.CreateBoundListenSocket =
                endPoint => endPoint is IPEndPoint { Port: var requested } && requested == port
                    ? listener
                    : SocketTransportOptions.CreateDefaultBoundListenSocket(endPoint));
        }

        AddServices(builder.Services, options, outbox, reserved);

        var app = builder.Build();
        app.UseMiddleware<ErrorHandlingMiddleware>();
        app.UseMiddleware<HostFilteringMiddleware>();
        app.UseMiddleware<CorsMiddleware>(); // after the host check, before SigV4 and routing see a preflight
        MapEndpoints(app);
        return app;
    }

    private static (string PoolId, string ClientId) EnsureDefaultPool(WebApplication app, Uri endpoint)
    {
        var serverInfo = app.Services.GetRequiredService<ServerInfo>();
        serverInfo.Endpoint = endpoint;
        return DefaultPool.Ensure(app.Services.GetRequiredService<CognitoStore>(), app.Services.GetRequiredService<RequestDispatcher>(), serverInfo.Region);
    }

    private static void BeginDefaultPoolKey(WebApplication app, string poolId)
    {
        if (app.Services.GetRequiredService<CognitoStore>().FindPool(poolId) is { } pool)
        {
            app.Services.GetRequiredService<SigningKeys>().BeginKeyGeneration(pool);
        }
    }

    private static void AddServices(IServiceCollection services, LocalCognitoOptions options, MessageOutbox outbox, ReservedDefaultIds reserved)
    {
        var time = options.TimeProvider;
        services.AddSingleton(time);
        services.AddHttpContextAccessor();
        services.AddSingleton(provider => new ServerInfo(options.Region, options.PublicUrl, provider.GetRequiredService<IHttpContextAccessor>()));
        services.AddSingleton(new HostAllowList(options.PublicUrl, options.AllowedHosts));
        services.AddSingleton(_ => options.DataDirectory is null
            ? new CognitoStore(new NoPersistence())
            : DataFolder.OpenStore(options.DataDirectory));
        services.AddSingleton(outbox);
        services.AddSingleton(reserved);
        services.AddSingleton<SessionBounds>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton(new SigningKeys(persistent: options.DataDirectory is not null));
        services.AddSingleton<TokenService>();
        services.AddSingleton<Totp>();
        services.AddSingleton(LockoutSettings.From(options));
        services.AddSingleton<SignInLockout>();
        services.AddSingleton<CodeResendLimit>();
        services.AddSingleton<AttemptLimits>();
        services.AddSingleton<OneTimeCodes>();
        services.AddSingleton<EmailSignInCodes>();
        services.AddSingleton<AttributeChanges>();
        services.AddSignIn();
        services.AddSingleton<AuthEventLog>();
        services.AddSingleton<ImportJobs>();
        services.AddSingleton<UserImporter>();
        services.AddSingleton<AuthFlowStarter>();
        OAuthEndpoints.AddServices(services);
        Federation.FederationEndpoints.AddServices(services);
        TriggerServices.Add(services, options.Triggers);
        ManagedLoginServices.Add(services);
        services.AddSingleton(ServiceModel.LoadEmbedded());
        services.AddSingleton(CognitoOperationNames.LoadEmbedded());
        services.AddSingleton<RequestValidator>();
        // Signatures carry the caller's wall-clock time, so the skew check uses the real clock, not the injected one.
        services.AddSingleton(new SigV4Verifier(options.AccessKeyId, options.SecretAccessKey, TimeProvider.System));
        services.AddSingleton<RequestDispatcher>();
        foreach (var operationType in typeof(ICognitoOperation).Assembly.GetTypes()
                     .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(ICognitoOperation).IsAssignableFrom(type)))
        {
            services.AddSingleton(typeof(ICognitoOperation), operationType);
        }
    }

    private static void MapEndpoints(WebApplication app)
    {
        var dispatcher = app.Services.GetRequiredService<RequestDispatcher>();
        app.MapPost("/", dispatcher.HandleAsync);
        ManagedLoginServices.Map(app);

        // The PreSignedUrl of a user import job: the CSV is PUT here, as it would be to S3 at Cognito's URL.
        app.MapPut(ImportJobs.UploadPath + "/{poolId}/{jobId}", async (string poolId, string jobId, HttpContext context, ImportJobs jobs) =>
        {
            if (context.Request.ContentLength > ImportJobs.MaxCsvBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            using var reader = new StreamReader(context.Request.Body);
            var csv = await reader.ReadToEndAsync(context.RequestAborted);
            return Results.StatusCode(jobs.Upload(poolId, jobId, context.Request.Query["token"].ToString() is { Length: > 0 } token ? token : null, csv));
        });

        app.MapGet("/_local/outbox", (HttpContext context, MessageOutbox outbox) =>
        {
            var username = context.Request.Query["username"].ToString();
            var poolId = context.Request.Query["poolId"].ToString();
            var messages = outbox.Snapshot()
                .Where(message => username.Length == 0 || string.Equals(message.Username, username, StringComparison.OrdinalIgnoreCase))
                .Where(message => poolId.Length == 0 || message.PoolId == poolId);
            return Results.Text(JsonSerializer.Serialize(messages, OutboxFormat), "application/json");
        });

        app.MapGet("/{poolId}/.well-known/jwks.json", (string poolId, CognitoStore store, SigningKeys keys) =>
            store.FindPool(poolId) is { } pool
                ? Results.Text(keys.Jwks(pool).ToJsonString(), "application/json")
                : Results.NotFound());

        app.MapGet("/{poolId}/.well-known/openid-configuration", (string poolId, CognitoStore store, ServerInfo server) =>
            store.FindPool(poolId) is { } pool
                ? Results.Text(DiscoveryDocument.For(pool, store.DomainsOf(poolId).FirstOrDefault(), server).ToJsonString(), "application/json")
                : Results.NotFound());

        OAuthEndpoints.Map(app);
        Federation.FederationEndpoints.Map(app);
    }

    /// <summary>A host lifetime that leaves process signals alone.</summary>
    private sealed class EmbeddedHostLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
