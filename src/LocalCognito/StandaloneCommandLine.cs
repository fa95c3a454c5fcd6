using LocalCognito.Triggers;

namespace LocalCognito;

/// <summary>The standalone program's arguments: options, --help, or one sentence saying what is wrong.</summary>
public sealed record StandaloneCommandLine(LocalCognitoOptions Options, bool HelpRequested, string? Error)
{
    public const string Usage =
        "Usage: localcognito [--port 9229] [--data DIR] [--region us-east-1] [--access-key local --secret-key local]\n" +
        "                    [--public-url URL] [--allowed-hosts NAME[,NAME...]] [--no-lockouts]\n" +
        "                    [--password-changes-per-hour 5] [--code-attempts-per-hour 20]\n" +
        "                    [--max-sessions-per-user 20] [--max-sessions 10000]\n" +
        "                    [--lambda-endpoint URL] [--trigger-command ARN=COMMAND]\n" +
        "  --data DIR          keep pools, users and the outbox in DIR (created private to you); default: in memory\n" +
        "  --public-url URL    the URL clients use through a proxy, port mapping or tunnel; its host is accepted\n" +
        "  --allowed-hosts     more Host header names to answer (loopback names always are); *.example.com, or * for any\n" +
        "  --no-lockouts       turn off the brute-force and flood limits below and the sign-in lockout, e.g. for load tests\n" +
        "  --password-changes-per-hour N   ChangePassword calls per user per hour (Cognito: 5)\n" +
        "  --code-attempts-per-hour N      requests plus entries of reset, verification or confirmation codes per user per hour\n" +
        "  --max-sessions-per-user N       sign-ins in progress at once per user\n" +
        "  --max-sessions N                sign-ins in progress at once in the whole server\n" +
        TriggerCommandLine.Usage;

    // The numeric limits: option name -> how to set it.
    private static readonly Dictionary<string, Action<LocalCognitoOptions, int>> LimitOptions = new(StringComparer.Ordinal)
    {
        ["--password-changes-per-hour"] = (options, value) => options.PasswordChangesPerHour = value,
        ["--code-attempts-per-hour"] = (options, value) => options.CodeAttemptsPerHour = value,
        ["--max-sessions-per-user"] = (options, value) => options.MaxAuthSessionsPerUser = value,
        ["--max-sessions"] = (options, value) => options.MaxAuthSessions = value,
    };

    public static StandaloneCommandLine Parse(IReadOnlyList<string> args)
    {
        var options = new LocalCognitoOptions { Port = 9229 };
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                return new(options, HelpRequested: true, null);
            }

            // The one flag without a value.
            if (name is "--no-lockouts")
            {
                options.Lockouts = false;
                continue;
            }

            if (name is not ("--port" or "--data" or "--region" or "--access-key" or "--secret-key" or "--public-url" or "--allowed-hosts")
                && !LimitOptions.ContainsKey(name) && !TriggerCommandLine.IsOption(name))
            {
                return Failed(options, $"Unknown argument '{name}'.");
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return Failed(options, $"{name} needs a value.");
            }

            var value = args[++i];
            var error = TriggerCommandLine.IsOption(name) ? TriggerCommandLine.Apply(options.Triggers, name, value) : Apply(options, name, value);
            if (error is not null)
            {
                return Failed(options, error);
            }
        }

        TriggerCommandLine.FillFromEnvironment(options.Triggers);
        return new(options, HelpRequested: false, null);
    }

    private static string? Apply(LocalCognitoOptions options, string name, string value)
    {
        if (LimitOptions.TryGetValue(name, out var setLimit))
        {
            if (!int.TryParse(value, out var limit) || limit < 1)
            {
                return $"{name} needs a whole number of at least 1, not '{value}'.";
            }

            setLimit(options, limit);
            return null;
        }

        switch (name)
        {
            case "--port":
                if (!int.TryParse(value, out var port) || port is < 0 or > 65535)
                {
                    return $"--port needs a number from 0 to 65535, not '{value}'.";
                }

                options.Port = port;
                return null;
            case "--data":
                options.DataDirectory = Path.GetFullPath(value);
                return null;
            case "--region":
                options.Region = value;
                return null;
            case "--access-key":
                options.AccessKeyId = value;
                return null;
            case "--secret-key":
                options.SecretAccessKey = value;
                return null;
            case "--public-url":
                if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                {
                    return $"--public-url needs an absolute http(s) URL, not '{value}'.";
                }

                options.PublicUrl = url;
                return null;
            default: // --allowed-hosts
                foreach (var host in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    options.AllowedHosts.Add(host);
                }

                return null;
        }
    }

    private static StandaloneCommandLine Failed(LocalCognitoOptions options, string error) => new(options, HelpRequested: false, error);
}
