namespace CognitoMfaScenario.Configuration;

/// <summary>The result of reading the command line: configuration overrides, or a request for help.</summary>
public sealed record CommandLineResult(IReadOnlyDictionary<string, string?> Settings, bool HelpRequested);

/// <summary>
/// Maps the documented switches onto configuration keys. Written by hand because the stock
/// command-line configuration provider neither accepts value-less flags (--local) nor rejects
/// unknown options, and an unknown option must stop the program with a clear message.
/// </summary>
public static class CommandLine
{
    private sealed record Switch(string Name, string Key, string? ValueName, string Help);

    private static readonly Switch[] Switches =
    [
        new("--local", ConfigurationKeys.Local, null, "Run against an embedded LocalCognito even if a pool is configured."),
        new("--endpoint", ConfigurationKeys.Endpoint, "URL", "Use any Cognito-compatible endpoint (for example a standalone LocalCognito)."),
        new("--pool-id", ConfigurationKeys.PoolId, "ID", "User pool id (else settings.json, settings.local.json or cdk/cdk-outputs.json)."),
        new("--client-id", ConfigurationKeys.ClientId, "ID", "App client id."),
        new("--client-secret", ConfigurationKeys.ClientSecret, "SECRET", "App client secret, if the client has one (SECRET_HASH is then sent)."),
        new("--username", ConfigurationKeys.UserName, "NAME", "User name to sign up."),
        new("--password", ConfigurationKeys.Password, "PASSWORD", "Password for the new user (never printed)."),
        new("--email", ConfigurationKeys.Email, "ADDRESS", "Email address for the new user."),
        new("--region", ConfigurationKeys.Region, "REGION", "AWS Region of the user pool."),
        new("--profile", ConfigurationKeys.Profile, "PROFILE", "AWS credentials profile."),
        new("--auth", ConfigurationKeys.Auth, "srp|password", "How sign-ins after MFA set-up prove the password: srp (default; the password never leaves this machine) or password (USER_PASSWORD_AUTH, for app clients without SRP)."),
        new("--mfa", ConfigurationKeys.Mfa, "app|email", "The MFA factor to set up when the pool offers both: app (default; an authenticator app) or email (codes by email, EMAIL_OTP)."),
        new("--non-interactive", ConfigurationKeys.NonInteractive, null, "Ask nothing: answers come from options, codes from the local outbox and the built-in authenticator."),
        new("--admin-confirm", ConfigurationKeys.AdminConfirm, null, "Confirm the user with AdminConfirmSignUp instead of an emailed code."),
        new("--show-tokens", ConfigurationKeys.ShowTokens, null, "Print tokens in full (they are truncated by default)."),
        new("--keep-user", ConfigurationKeys.KeepUser, null, "Do not delete the user at the end."),
        new("--qr-png", ConfigurationKeys.QrPng, "PATH", "Also write the authenticator QR code to a PNG file."),
    ];

    /// <summary>Parses the arguments.</summary>
    /// <exception cref="OptionsException">Unknown option, or an option missing its value.</exception>
    public static CommandLineResult Parse(IReadOnlyList<string> args)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var argument = args[i];
            if (argument is "--help" or "-h" or "-?" or "/?")
            {
                help = true;
                continue;
            }

            var (name, inlineValue) = SplitInlineValue(argument);
            var option = Switches.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new OptionsException($"Unknown option '{argument}'.");

            if (option.ValueName is null)
            {
                settings[option.Key] = inlineValue ?? "true";
                continue;
            }

            var value = inlineValue;
            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new OptionsException($"Option '{option.Name}' needs a value: {option.Name} {option.ValueName}.");
                }

                value = args[++i];
            }

            settings[option.Key] = value;
        }

        return new CommandLineResult(settings, help);
    }

    /// <summary>The usage text shown for --help and after an options error, wrapped to 80 columns.</summary>
    public static string Usage
    {
        get
        {
            const int width = 79; // redirected output is rendered 80 columns wide
            var lines = new List<string> { "Usage: CognitoMfaScenario [options]", "" };
            lines.AddRange(Wrap(
                "Signs up a user in a Cognito user pool that requires MFA, enrols an authenticator app (TOTP), " +
                "signs in with MFA, remembers the device and cleans up. With no pool configured it runs against " +
                "an embedded LocalCognito: no AWS account needed.", width, "", ""));
            lines.Add("");
            lines.Add("Options:");
            foreach (var option in Switches.Append(new Switch("--help", "", null, "Show this help.")))
            {
                var left = option.ValueName is null ? option.Name : $"{option.Name} {option.ValueName}";
                lines.AddRange(Wrap(option.Help, width, $"  {left,-(OptionColumn - 2)}", new string(' ', OptionColumn)));
            }

            lines.Add("");
            lines.AddRange(Wrap(
                "Every option is also a configuration key (settings.json, settings.local.json, or environment " +
                "variables prefixed COGNITOMFA_, e.g. COGNITOMFA_PoolId, COGNITOMFA_AWS__Region).", width, "", ""));
            lines.Add("Exit codes: 0 success, 1 a step failed, 2 usage error, 130 cancelled (Ctrl+C).");
            return string.Join(Environment.NewLine, lines);
        }
    }

    private const int OptionColumn = 26;

    /// <summary>Greedy word wrap: the first line starts with <paramref name="prefix"/>, the others with <paramref name="indent"/>.</summary>
    private static IEnumerable<string> Wrap(string text, int width, string prefix, string indent)
    {
        var line = new System.Text.StringBuilder(prefix);
        var lineHasWords = false;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineHasWords && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear().Append(indent);
                lineHasWords = false;
            }

            line.Append(lineHasWords ? " " : "").Append(word);
            lineHasWords = true;
        }

        yield return line.ToString();
    }

    private static (string Name, string? Value) SplitInlineValue(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return argument.StartsWith("--", StringComparison.Ordinal) && equals > 0
            ? (argument[..equals], argument[(equals + 1)..])
            : (argument, null);
    }
}
