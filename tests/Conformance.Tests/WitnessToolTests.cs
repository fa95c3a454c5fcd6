using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>
/// The outside witnesses themselves: installed, the expected versions, and right on published test
/// vectors — a broken witness would make every other conformance result meaningless.
/// </summary>
public sealed class WitnessToolTests
{
    // RFC 6238 appendix B: the SHA-1 seed "12345678901234567890" (ASCII), here in base32.
    private const string Rfc6238Seed = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Fact]
    public async Task The_aws_cli_at_usr_bin_is_version_2()
    {
        var result = await ExternalProcess.RunAsync(Prerequisites.AwsCli(), ["--version"], "aws --version");

        Assert.True(result.ExitCode == 0 && result.StandardOutput.StartsWith("aws-cli/2.", StringComparison.Ordinal),
            $"{Prerequisites.AwsCliPath} must be the AWS CLI v2 (Debian package awscli).{Environment.NewLine}{result.Transcript}");
    }

    [Theory]
    [InlineData("1970-01-01 00:00:59 UTC", "287082")]
    [InlineData("2005-03-18 01:58:29 UTC", "081804")]
    [InlineData("2033-05-18 03:33:20 UTC", "279037")]
    public async Task Oathtool_computes_the_rfc_6238_test_vectors(string time, string expected)
    {
        var result = await ExternalProcess.RunAsync(
            Prerequisites.Oathtool(), ["--totp", "--base32", "--now", time, "-"], "oathtool --totp", standardInput: Rfc6238Seed + "\n");

        Assert.True(result.ExitCode == 0 && result.StandardOutput.Trim() == expected,
            $"oathtool must give {expected} at {time}.{Environment.NewLine}{result.Transcript}");
    }

    [Fact]
    public async Task The_js_witnesses_are_the_pinned_versions()
    {
        var jsRoot = Prerequisites.JsPackages();
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(jsRoot, "package.json")))!["dependencies"]!.AsObject();

        foreach (var (package, pinned) in manifest)
        {
            var installedManifest = Path.Combine(jsRoot, "node_modules", package, "package.json");
            Assert.True(File.Exists(installedManifest), $"{package} is not installed; run scripts/install-test-tools.sh.");
            var installed = JsonNode.Parse(await File.ReadAllTextAsync(installedManifest))?["version"]?.GetValue<string>();
            Assert.True(installed == pinned?.GetValue<string>(),
                $"{package} {installed} is installed but {pinned} is pinned; run scripts/install-test-tools.sh.");
        }
    }
}
