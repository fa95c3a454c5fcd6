namespace LocalCognito.Tests;

/// <summary>The standalone program's arguments: every mistake is one sentence, never an exception.</summary>
public sealed class StandaloneCommandLineTests
{
    [Theory]
    [InlineData(new[] { "--port" }, "--port needs a value.")]
    [InlineData(new[] { "--port", "--data", "x" }, "--port needs a value.")]
    [InlineData(new[] { "--port", "abc" }, "--port needs a number from 0 to 65535, not 'abc'.")]
    [InlineData(new[] { "--port", "70000" }, "--port needs a number from 0 to 65535, not '70000'.")]
    [InlineData(new[] { "--data" }, "--data needs a value.")]
    [InlineData(new[] { "--public-url", "not a url" }, "--public-url needs an absolute http(s) URL, not 'not a url'.")]
    [InlineData(new[] { "--frobnicate" }, "Unknown argument '--frobnicate'.")]
    [InlineData(new[] { "--max-sessions", "0" }, "--max-sessions needs a whole number of at least 1, not '0'.")]
    [InlineData(new[] { "--code-attempts-per-hour", "many" }, "--code-attempts-per-hour needs a whole number of at least 1, not 'many'.")]
    public void Mistakes_are_one_sentence(string[] args, string error) =>
        Assert.Equal(error, StandaloneCommandLine.Parse(args).Error);

    [Fact]
    public void Every_option_is_read()
    {
        var parsed = StandaloneCommandLine.Parse(["--port", "0", "--data", "d", "--region", "eu-west-1", "--access-key", "a", "--secret-key", "s",
            "--public-url", "https://cognito.dev.example/", "--allowed-hosts", "one.example, *.two.example"]);
        Assert.Null(parsed.Error);
        Assert.False(parsed.HelpRequested);
        Assert.Equal(0, parsed.Options.Port);
        Assert.Equal(Path.GetFullPath("d"), parsed.Options.DataDirectory);
        Assert.Equal("eu-west-1", parsed.Options.Region);
        Assert.Equal(("a", "s"), (parsed.Options.AccessKeyId, parsed.Options.SecretAccessKey));
        Assert.Equal(new Uri("https://cognito.dev.example/"), parsed.Options.PublicUrl);
        Assert.Equal(["one.example", "*.two.example"], parsed.Options.AllowedHosts);
    }

    [Fact]
    public void The_limits_are_read_and_default_to_the_documented_numbers()
    {
        var defaults = StandaloneCommandLine.Parse([]).Options;
        Assert.Equal((5, 20, 20, 10_000), (defaults.PasswordChangesPerHour, defaults.CodeAttemptsPerHour, defaults.MaxAuthSessionsPerUser, defaults.MaxAuthSessions));

        var parsed = StandaloneCommandLine.Parse(["--password-changes-per-hour", "3", "--code-attempts-per-hour", "7",
            "--max-sessions-per-user", "2", "--max-sessions", "500"]).Options;
        Assert.Equal((3, 7, 2, 500), (parsed.PasswordChangesPerHour, parsed.CodeAttemptsPerHour, parsed.MaxAuthSessionsPerUser, parsed.MaxAuthSessions));
    }

    [Fact]
    public void Help_and_defaults()
    {
        Assert.True(StandaloneCommandLine.Parse(["--help"]).HelpRequested);
        Assert.Equal(9229, StandaloneCommandLine.Parse([]).Options.Port);
        Assert.Contains("--allowed-hosts", StandaloneCommandLine.Usage);
    }
}
