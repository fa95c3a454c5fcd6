namespace LocalCognito.Tests.Triggers;

/// <summary>The standalone program's trigger options.</summary>
public sealed class TriggerCommandLineTests
{
    [Fact]
    public void Lambda_endpoint_credentials_and_commands_are_read()
    {
        var parsed = StandaloneCommandLine.Parse(["--lambda-endpoint", "http://127.0.0.1:3001", "--lambda-access-key", "AKID",
            "--lambda-secret-key", "secret", "--lambda-session-token", "token",
            "--trigger-command", "arn:aws:lambda:us-east-1:123456789012:function:f=python3 pre_sign_up.py --verbose"]);

        Assert.Null(parsed.Error);
        var triggers = parsed.Options.Triggers;
        Assert.Equal(new Uri("http://127.0.0.1:3001"), triggers.LambdaEndpoint);
        Assert.Equal(("AKID", "secret", "token"), (triggers.AccessKeyId, triggers.SecretAccessKey, triggers.SessionToken));
        Assert.Equal("python3 pre_sign_up.py --verbose", triggers.Commands["arn:aws:lambda:us-east-1:123456789012:function:f"]);
        Assert.Contains("--lambda-endpoint", StandaloneCommandLine.Usage);
    }

    [Theory]
    [InlineData(new[] { "--lambda-endpoint", "nowhere" }, "--lambda-endpoint needs an absolute http(s) URL, not 'nowhere'.")]
    [InlineData(new[] { "--trigger-command", "no-equals-sign" }, "--trigger-command needs ARN=COMMAND.")]
    [InlineData(new[] { "--lambda-endpoint" }, "--lambda-endpoint needs a value.")]
    public void Mistakes_are_one_sentence(string[] args, string error) =>
        Assert.Equal(error, StandaloneCommandLine.Parse(args).Error);
}
