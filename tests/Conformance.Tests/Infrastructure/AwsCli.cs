using System.Collections;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// Drives the Debian AWS CLI v2 against one endpoint, isolated from any AWS configuration on the machine:
/// its config and credentials files are empty temporary files, and credentials come from the environment.
/// </summary>
public sealed class AwsCli : IDisposable
{
    private readonly string _executable;
    private readonly Uri _endpoint;
    private readonly string _configFolder;
    private readonly Dictionary<string, string?> _environment;

    public AwsCli(Uri endpoint, string region, AwsCredentials credentials)
    {
        _executable = Prerequisites.AwsCli();
        _endpoint = endpoint;
        _configFolder = Directory.CreateTempSubdirectory("conformance-aws-cli-").FullName;
        var configFile = Path.Combine(_configFolder, "config");
        var credentialsFile = Path.Combine(_configFolder, "credentials");
        File.WriteAllText(configFile, "");
        File.WriteAllText(credentialsFile, "");

        _environment = new Dictionary<string, string?>();
        // Nothing from the machine's AWS setup (profiles, endpoints, tokens) may leak into the run.
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is string name && name.StartsWith("AWS_", StringComparison.Ordinal))
            {
                _environment[name] = null;
            }
        }

        _environment["AWS_ACCESS_KEY_ID"] = credentials.AccessKeyId;
        _environment["AWS_SECRET_ACCESS_KEY"] = credentials.SecretAccessKey;
        _environment["AWS_DEFAULT_REGION"] = region;
        _environment["AWS_CONFIG_FILE"] = configFile;
        _environment["AWS_SHARED_CREDENTIALS_FILE"] = credentialsFile;
        _environment["AWS_PAGER"] = "";
        _environment["AWS_EC2_METADATA_DISABLED"] = "true";
        // One attempt: an error must surface as it is, and non-idempotent calls must not repeat.
        _environment["AWS_MAX_ATTEMPTS"] = "1";
    }

    /// <summary>Runs <c>aws cognito-idp &lt;operation&gt; &lt;arguments&gt;</c>.</summary>
    public async Task<AwsCliResult> CognitoAsync(string operation, params string[] arguments)
    {
        string[] commandLine =
        [
            "cognito-idp", operation, .. arguments,
            "--endpoint-url", _endpoint.ToString(),
            "--output", "json",
            "--no-cli-pager",
        ];
        var result = await ExternalProcess.RunAsync(
            _executable, commandLine, $"aws cognito-idp {operation}", _environment);
        return new AwsCliResult(operation, result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_configFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover empty temp folder is harmless.
        }
    }
}
