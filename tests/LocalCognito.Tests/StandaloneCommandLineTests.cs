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
    public void Help_and_defaults()
    {
        Assert.True(StandaloneCommandLine.Parse(["--help"]).HelpRequested);
        Assert.Equal(9229, StandaloneCommandLine.Parse([]).Options.Port);
        Assert.Contains("--allowed-hosts", StandaloneCommandLine.Usage);
    }
}
