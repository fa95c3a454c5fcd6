namespace Conformance.Tests.Infrastructure;

/// <summary>
/// The outside witnesses the conformance tests drive. A missing one fails the test with a way forward:
/// a skipped conformance test would look like a pass in CI.
/// </summary>
public static class Prerequisites
{
    private const string InstallHint = "Run scripts/install-test-tools.sh (the README's test command does this).";

    /// <summary>The Debian AWS CLI v2; a pip AWS CLI v1 may come first on PATH, so the full path is used.</summary>
    public const string AwsCliPath = "/usr/bin/aws";

    public static string AwsCli()
    {
        if (!File.Exists(AwsCliPath))
        {
            Assert.Fail($"The AWS CLI v2 is missing at {AwsCliPath}. {InstallHint}");
        }

        return AwsCliPath;
    }

    public static string Oathtool() => OnPath("oathtool", "oathtool (Debian package oathtool) is missing.");

    public static string Node() => OnPath("node", "node (Node.js 18 or later) is missing.");

    /// <summary>
    /// A python3 with boto3 and joserfc: $BOTO3_PYTHON if set, else pyenv's python3 (where the machine's pip packages
    /// are; non-login shells may not have pyenv on PATH), else python3 on PATH.
    /// </summary>
    public static async Task<string> PythonWithBoto3Async()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("BOTO3_PYTHON"),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv", "shims", "python3"),
            "python3",
        };
        var tried = new List<string>();
        foreach (var candidate in candidates.Where(c => !string.IsNullOrEmpty(c)).Distinct())
        {
            if (candidate!.Contains('/', StringComparison.Ordinal) && !File.Exists(candidate))
            {
                continue;
            }

            try
            {
                var probe = await ExternalProcess.RunAsync(candidate, ["-c", "import boto3, joserfc"], "python3 probe for boto3 and joserfc");
                if (probe.ExitCode == 0)
                {
                    return candidate;
                }

                tried.Add($"{candidate}: {probe.StandardError.Trim().Split('\n').LastOrDefault()}");
            }
            catch (Xunit.Sdk.XunitException e)
            {
                tried.Add($"{candidate}: {e.Message}");
            }
        }

        Assert.Fail($"python3 with boto3 and joserfc is missing (pip install boto3 joserfc, or set BOTO3_PYTHON). Tried: {string.Join("; ", tried)}");
        return "python3"; // not reached: Assert.Fail throws
    }

    /// <summary>The npm project with the pinned JS clients; returns its folder.</summary>
    public static string JsPackages()
    {
        var jsRoot = RepositoryRoot.Combine("tests", "js");
        foreach (var package in new[] { "amazon-cognito-identity-js", "jose", "@aws-sdk/client-cognito-identity-provider", "aws-amplify" })
        {
            if (!Directory.Exists(Path.Combine(jsRoot, "node_modules", package)))
            {
                Assert.Fail($"The npm package {package} is not installed in {jsRoot}/node_modules. {InstallHint}");
            }
        }

        return jsRoot;
    }

    private static string OnPath(string tool, string problem)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail($"{problem} {InstallHint}");
        return tool; // not reached: Assert.Fail throws
    }
}
