namespace LocalCognito;

/// <summary>How to run LocalCognito (in-process or standalone).</summary>
public sealed class LocalCognitoOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; } = 0;

    /// <summary>Where state is kept (SQLite, signing keys, outbox.jsonl); null keeps everything in memory.</summary>
    public string? DataDirectory { get; set; }

    public string Region { get; set; } = "us-east-1";

    /// <summary>The only IAM credentials accepted for SigV4-signed (admin) operations.</summary>
    public string AccessKeyId { get; set; } = "local";

    public string SecretAccessKey { get; set; } = "local";

    /// <summary>
    /// The URL clients use when they reach LocalCognito through a proxy, a port mapping or a tunnel
    /// (e.g. https://cognito.dev.example); its host is accepted in the Host header.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>
    /// Host names accepted in the Host header besides loopback names (localhost, *.localhost, 127.0.0.1, [::1]) and
    /// <see cref="PublicUrl"/>'s host. "*.example.com" accepts the subdomains; "*" accepts any host (no protection
    /// against DNS rebinding).
    /// </summary>
    public IList<string> AllowedHosts { get; set; } = [];

    /// <summary>The clock for sessions, codes, TOTP and tokens (tests pass a FakeTimeProvider).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The brute-force and flood limits: sign-in lockout after failed passwords or MFA codes, code requests and entries per
    /// hour, password changes per hour, bounds on sign-in sessions (the numbers below). On by default; load tests that
    /// repeat failures may turn them all off.
    /// </summary>
    public bool Lockouts { get; set; } = true;

    /// <summary>ChangePassword calls per user in any rolling hour (Cognito's quota: 5); more get LimitExceededException.</summary>
    public int PasswordChangesPerHour { get; set; } = Auth.LockoutSettings.DefaultPasswordChangesPerHour;

    /// <summary>
    /// Requests plus entries of one kind of code (password reset, attribute verification, sign-up confirmation) per user in
    /// any rolling hour (Cognito: "between 5 and 20"; LocalCognito takes 20); more get LimitExceededException.
    /// </summary>
    public int CodeAttemptsPerHour { get; set; } = Auth.LockoutSettings.DefaultCodeAttemptsPerHour;

    /// <summary>Sign-in sessions in progress at once for one user; more get TooManyRequestsException "Rate exceeded".</summary>
    public int MaxAuthSessionsPerUser { get; set; } = Auth.LockoutSettings.DefaultMaxAuthSessionsPerUser;

    /// <summary>Sign-in sessions in progress at once in the whole server (bounds their memory); more get TooManyRequestsException.</summary>
    public int MaxAuthSessions { get; set; } = Auth.LockoutSettings.DefaultMaxAuthSessions;

    /// <summary>
    /// How the Lambda triggers of a pool's LambdaConfig run: in-process handlers, local commands, or the Lambda Invoke API
    /// at an endpoint (AWS, sam local start-lambda, another emulator). See docs/local-cognito.md, "Lambda triggers".
    /// </summary>
    public Triggers.TriggerOptions Triggers { get; } = new();

    /// <summary>Where the server logs; null keeps it quiet.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
