namespace LocalCognito.Triggers;

/// <summary>The standalone program's trigger options: where the Lambda Invoke API is, its credentials, local commands.</summary>
public static class TriggerCommandLine
{
    public const string Usage =
        "  --lambda-endpoint URL           run LambdaConfig functions through the Lambda Invoke API at URL (AWS, sam local\n" +
        "                                  start-lambda at http://127.0.0.1:3001, another emulator)\n" +
        "  --lambda-access-key KEY, --lambda-secret-key SECRET, --lambda-session-token TOKEN\n" +
        "                                  the credentials it signs with; default AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,\n" +
        "                                  AWS_SESSION_TOKEN from the environment\n" +
        "  --trigger-command ARN=COMMAND   run the function ARN as a local command: the event on stdin, the result on stdout";

    public static bool IsOption(string name) =>
        name is "--lambda-endpoint" or "--lambda-access-key" or "--lambda-secret-key" or "--lambda-session-token" or "--trigger-command";

    public static string? Apply(TriggerOptions options, string name, string value)
    {
        switch (name)
        {
            case "--lambda-endpoint":
                if (!Uri.TryCreate(value, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
                {
                    return $"--lambda-endpoint needs an absolute http(s) URL, not '{value}'.";
                }

                options.LambdaEndpoint = endpoint;
                return null;
            case "--lambda-access-key":
                options.AccessKeyId = value;
                return null;
            case "--lambda-secret-key":
                options.SecretAccessKey = value;
                return null;
            case "--lambda-session-token":
                options.SessionToken = value;
                return null;
            default: // --trigger-command
                var separator = value.IndexOf('=', StringComparison.Ordinal);
                if (separator <= 0 || separator == value.Length - 1)
                {
                    return "--trigger-command needs ARN=COMMAND.";
                }

                options.Commands[value[..separator]] = value[(separator + 1)..];
                return null;
        }
    }

    /// <summary>Credentials not given on the command line come from the environment, as the AWS CLI's do.</summary>
    public static void FillFromEnvironment(TriggerOptions options)
    {
        options.AccessKeyId ??= Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID");
        options.SecretAccessKey ??= Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
        options.SessionToken ??= Environment.GetEnvironmentVariable("AWS_SESSION_TOKEN");
    }
}
