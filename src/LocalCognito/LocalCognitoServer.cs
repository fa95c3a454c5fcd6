using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Defaults;
using LocalCognito.Operations;
using LocalCognito.Outbox;
using LocalCognito.Protocol;
using LocalCognito.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalCognito;

/// <summary>
/// A Cognito user-pool emulator on 127.0.0.1, speaking the real JSON 1.1 wire protocol. Start it in-process with
/// <see cref="StartAsync"/>; it creates the default pool and client and stops on <see cref="DisposeAsync"/>.
/// </summary>
public sealed class LocalCognitoServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions OutboxFormat = new(JsonSerializerDefaults.Web);
    private readonly WebApplication _app;
    private readonly MessageOutbox _outbox;

    private LocalCognitoServer(WebApplication app, Uri endpoint, string region, string poolId, string clientId, LocalCognitoOptions options)
    {
        _app = app;
        _outbox = app.Services.GetRequiredService<MessageOutbox>();
        Endpoint = endpoint;
        Region = region;
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
        else
        {
            SigningKeys.BeginProcessKeyGeneration(); // overlaps the slow RSA key generation with the host start
        }

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
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
            ServerLimits.Apply(kestrel.Limits);
        });
        AddServices(builder.Services, options);

        var app = builder.Build();
        app.UseMiddleware<ErrorHandlingMiddleware>();
        app.UseMiddleware<HostFilteringMiddleware>();
        MapEndpoints(app);

        await app.StartAsync(ct);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var endpoint = new Uri(address.TrimEnd('/') + "/");
            app.Services.GetRequiredService<ServerInfo>().Endpoint = endpoint;
            var (poolId, clientId) = DefaultPool.Ensure(app.Services.GetRequiredService<CognitoStore>(), app.Services.GetRequiredService<RequestDispatcher>(), options.Region);
            return new LocalCognitoServer(app, endpoint, options.Region, poolId, clientId, options);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void AddServices(IServiceCollection services, LocalCognitoOptions options)
    {
        var time = options.TimeProvider;
        services.AddSingleton(time);
        services.AddHttpContextAccessor();
        services.AddSingleton(provider => new ServerInfo(options.Region, options.PublicUrl, provider.GetRequiredService<IHttpContextAccessor>()));
        services.AddSingleton(new HostAllowList(options.PublicUrl, options.AllowedHosts));
        services.AddSingleton(_ => options.DataDirectory is null
            ? new CognitoStore(new NoPersistence())
            : DataFolder.OpenStore(options.DataDirectory));
        services.AddSingleton(provider => new MessageOutbox(options.DataDirectory, provider.GetRequiredService<ILoggerFactory>().CreateLogger("LocalCognito.Outbox")));
        services.AddSingleton<SessionStore>();
        services.AddSingleton(new SigningKeys(persistent: options.DataDirectory is not null));
        services.AddSingleton<TokenService>();
        services.AddSingleton<Totp>();
        services.AddSingleton(new LockoutSettings(options.Lockouts));
        services.AddSingleton<SignInLockout>();
        services.AddSingleton<CodeResendLimit>();
        services.AddSingleton<ConfirmationCodes>();
        services.AddSingleton<PasswordResetCodes>();
        services.AddSingleton<EmailSignInCodes>();
        services.AddSingleton<AttributeVerificationCodes>();
        services.AddSingleton<AttributeChanges>();
        services.AddSingleton<SignInFlow>();
        services.AddSingleton<UserAuthFlow>();
        services.AddSingleton<AuthFlowStarter>();
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
        {
            if (store.FindPool(poolId) is null)
            {
                return Results.NotFound();
            }

            var issuer = server.IssuerFor(poolId);
            var document = new JsonObject
            {
                ["issuer"] = issuer,
                ["jwks_uri"] = issuer + "/.well-known/jwks.json",
                ["subject_types_supported"] = new JsonArray("public"),
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["response_types_supported"] = new JsonArray("code", "token"),
                ["scopes_supported"] = new JsonArray("openid", "email", "phone", "profile"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_basic", "client_secret_post"),
                ["claims_supported"] = new JsonArray("sub", "email", "email_verified", "cognito:username", "token_use", "auth_time", "iss", "exp", "iat"),
            };
            return Results.Text(document.ToJsonString(), "application/json");
        });
    }

    /// <summary>A host lifetime that leaves process signals alone.</summary>
    private sealed class EmbeddedHostLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
