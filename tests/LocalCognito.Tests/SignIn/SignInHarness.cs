using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Outbox;
using LocalCognito.Protocol;
using LocalCognito.SignIn;
using LocalCognito.Store;
using LocalCognito.Triggers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OtpNet;

namespace LocalCognito.Tests.SignIn;

/// <summary>
/// The sign-in services wired as the server wires them, over an in-memory store and a fake clock, with no Kestrel:
/// handlers are driven through <see cref="SignInRouter"/> with plain string maps.
/// </summary>
public sealed class SignInHarness : IDisposable
{
    public const string Password = "Correct-horse-1";
    private readonly ServiceProvider _services;

    public SignInHarness(Action<UserPool>? configurePool = null, bool lockouts = true)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(new CognitoStore(new NoPersistence()));
        services.AddSingleton(new MessageOutbox(null, NullLogger.Instance));
        services.AddSingleton(new ServerInfo("us-east-1"));
        services.AddSingleton(new SigningKeys(persistent: false));
        services.AddSingleton(new LockoutSettings(lockouts));
        services.AddSingleton<SessionBounds>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<LocalCognito.Auth.Totp>();
        services.AddSingleton<SignInLockout>();
        services.AddSingleton<EmailSignInCodes>();
        services.AddHttpContextAccessor();
        services.AddSingleton<AuthEventLog>();
        TriggerServices.Add(services, new TriggerOptions());
        services.AddSignIn();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Pool = new UserPool { Id = "us-east-1_SignInTest", Name = "sign-in test", SigningKeyPkcs8 = "", SigningKeyId = "", SoftwareTokenMfaEnabled = true };
        configurePool?.Invoke(Pool);
        Store.AddPool(Pool);
        Client = new AppClient { ClientId = "signintestclient", UserPoolId = Pool.Id, ClientName = "test" };
        Store.AddClient(Client);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));
    public UserPool Pool { get; }
    public AppClient Client { get; }
    public SignInRouter Router => Get<SignInRouter>();
    public CognitoStore Store => Get<CognitoStore>();
    public IReadOnlyList<OutboxMessage> Outbox => Get<MessageOutbox>().Snapshot();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A confirmed user with <see cref="Password"/> and an email; <paramref name="setUp"/> adds MFA and the like.</summary>
    public User AddUser(string username, Action<User>? setUp = null)
    {
        var user = new User
        {
            UserPoolId = Pool.Id,
            Username = username,
            Sub = Guid.NewGuid().ToString(),
            Status = UserStatus.Confirmed,
            Password = PasswordHasher.Create(Pool.SrpRealm, username, Password),
            CreateDate = Time.GetUtcNow(),
            LastModifiedDate = Time.GetUtcNow(),
            Attributes = [new UserAttribute("email", username + "@example.com")],
        };
        setUp?.Invoke(user);
        Assert.True(Store.TryAddUser(Pool, user, out _));
        return user;
    }

    /// <summary>Enrols an authenticator: returns its secret.</summary>
    public static string WithTotp(User user)
    {
        user.TotpSecret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
        user.TotpEnabled = true;
        user.TotpPreferred = true;
        return user.TotpSecret;
    }

    public string TotpCode(string secret) => new OtpNet.Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(Time.GetUtcNow().UtcDateTime);

    public User Stored(string username) => Store.FindUser(Pool, username)!;

    public SignInOutcome StartWithPassword(string username, string password = Password, string? deviceKey = null, SignInContext? context = null) =>
        Router.Start(Pool, Client, Stored(username), "PASSWORD", new Dictionary<string, string> { ["PASSWORD"] = password }, deviceKey,
            context ?? SignInContext.Api);

    public SignInOutcome Respond(string challengeName, string session, string username, Dictionary<string, string>? responses = null,
        SignInContext? context = null)
    {
        var all = new Dictionary<string, string>(responses ?? []) { ["USERNAME"] = username };
        return Router.Respond(Pool, Client, challengeName, all, session, context ?? SignInContext.Api);
    }

    public static SignInChallenge AssertChallenge(string name, SignInOutcome outcome)
    {
        var challenge = Assert.IsType<SignInChallenge>(outcome);
        Assert.Equal(name, challenge.ChallengeName);
        return challenge;
    }

    public static SignInCompleted AssertSignedIn(SignInOutcome outcome)
    {
        var completed = Assert.IsType<SignInCompleted>(outcome);
        Assert.NotNull(completed.AuthenticationResult?["AccessToken"]);
        return completed;
    }

    public static CognitoException AssertRefused(string code, string message, Func<SignInOutcome> step)
    {
        var refused = Assert.Throws<CognitoException>(step);
        Assert.Equal(code, refused.Code);
        Assert.Equal(message, refused.Message);
        return refused;
    }

    public static void RequireMfa(UserPool pool) => pool.MfaConfiguration = "ON";

    public static void AllowFirstFactors(UserPool pool, params string[] factors)
    {
        pool.Settings["Policies"] = new JsonObject
        {
            ["SignInPolicy"] = new JsonObject { ["AllowedFirstAuthFactors"] = new JsonArray(factors.Select(factor => (JsonNode)factor).ToArray()) },
        };
        pool.Settings["EmailConfiguration"] = new JsonObject { ["EmailSendingAccount"] = "DEVELOPER" };
        pool.EmailMfaEnabled = true;
    }

    public void Dispose()
    {
        Store.Dispose();
        _services.Dispose();
    }
}
