using CognitoMfaScenario.Configuration;
using Microsoft.Extensions.Configuration;

namespace CognitoMfaScenario.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void Every_documented_option_maps_to_its_configuration_key()
    {
        var result = CommandLine.Parse(
        [
            "--local", "--endpoint", "http://127.0.0.1:9229/", "--pool-id", "us-east-1_abc", "--client-id", "cid",
            "--client-secret", "sec", "--username", "u", "--password", "p", "--email", "e@x.io", "--region", "eu-west-1",
            "--profile", "dev", "--non-interactive", "--admin-confirm", "--show-tokens", "--keep-user", "--qr-png", "qr.png",
            "--auth", "PASSWORD", "--mfa=email",
        ]);

        var options = ScenarioOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(result.Settings).Build());

        Assert.False(result.HelpRequested);
        Assert.Equal(new ScenarioOptions
        {
            Local = true,
            Endpoint = "http://127.0.0.1:9229/",
            PoolId = "us-east-1_abc",
            ClientId = "cid",
            ClientSecret = "sec",
            UserName = "u",
            Password = "p",
            Email = "e@x.io",
            Region = "eu-west-1",
            Profile = "dev",
            NonInteractive = true,
            AdminConfirm = true,
            ShowTokens = true,
            KeepUser = true,
            QrPng = "qr.png",
            Auth = SignInMethod.Password,
            Mfa = MfaFactor.Email,
        }, options);
    }

    [Theory]
    [InlineData("--auth", "kerberos", "--auth takes srp or password, not 'kerberos'.")]
    [InlineData("--mfa", "sms", "--mfa takes app or email, not 'sms'.")]
    public void An_unknown_auth_or_mfa_choice_is_a_usage_error(string option, string value, string expected)
    {
        var result = CommandLine.Parse([option, value]);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(result.Settings).Build();

        var error = Assert.Throws<OptionsException>(() => ScenarioOptions.FromConfiguration(configuration));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Sign_ins_default_to_SRP_and_the_authenticator_app()
    {
        var options = ScenarioOptions.FromConfiguration(new ConfigurationBuilder().Build());

        Assert.Equal((SignInMethod.Srp, MfaFactor.App), (options.Auth, options.Mfa));
    }

    [Fact]
    public void The_browser_sign_ins_domain_and_callback_come_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ConfigurationKeys.DomainBaseUrl] = "https://my-prefix.auth.eu-west-1.amazoncognito.com",
            [ConfigurationKeys.CallbackUrl] = "http://localhost:9100/callback",
        }).Build();

        var options = ScenarioOptions.FromConfiguration(configuration);

        Assert.Equal(new Uri("https://my-prefix.auth.eu-west-1.amazoncognito.com"), options.DomainBaseUrl);
        Assert.Equal(new Uri("http://localhost:9100/callback"), options.CallbackUrl);
    }

    [Fact]
    public void A_callback_url_that_is_not_a_url_is_refused_naming_the_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ConfigurationKeys.CallbackUrl] = "localhost:8765",
        }).Build();

        var error = Assert.Throws<OptionsException>(() => ScenarioOptions.FromConfiguration(configuration));

        Assert.Equal("Configuration key 'CallbackUrl' must be an absolute URL such as http://…, not 'localhost:8765'.", error.Message);
    }

    [Fact]
    public void Options_accept_inline_values_and_help()
    {
        var result = CommandLine.Parse(["--username=zoe", "--help"]);

        Assert.True(result.HelpRequested);
        Assert.Equal("zoe", result.Settings[ConfigurationKeys.UserName]);
    }

    [Theory]
    [InlineData("--frobnicate", "Unknown option '--frobnicate'")]
    [InlineData("extra", "Unknown option 'extra'")]
    [InlineData("--username", "needs a value")]
    public void Bad_arguments_are_rejected_with_a_clear_message(string argument, string expected)
    {
        var error = Assert.Throws<OptionsException>(() => CommandLine.Parse([argument]));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_value_that_looks_like_an_option_is_not_taken_as_the_value()
    {
        var error = Assert.Throws<OptionsException>(() => CommandLine.Parse(["--username", "--local"]));

        Assert.Contains("--username NAME", error.Message);
    }

    [Fact]
    public void Usage_lists_every_option()
    {
        foreach (var option in new[] { "--local", "--endpoint", "--pool-id", "--client-id", "--client-secret", "--username", "--password",
                     "--email", "--region", "--profile", "--non-interactive", "--admin-confirm", "--show-tokens", "--keep-user", "--qr-png", "--help" })
        {
            Assert.Contains(option, CommandLine.Usage);
        }
    }

    [Fact]
    public void Usage_fits_an_80_column_terminal_so_redirected_output_does_not_rewrap_it()
    {
        var lines = CommandLine.Usage.Split(Environment.NewLine);

        Assert.All(lines, line => Assert.True(line.Length < 80, $"{line.Length} columns: {line}"));
        Assert.Contains(lines, line => line.StartsWith("  --non-interactive", StringComparison.Ordinal));
    }

    [Fact]
    public void Settings_seed_keys_and_AWS_section_bind_and_blank_values_count_as_unset()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ClientId"] = "c1",
            ["PoolId"] = "eu-west-1_p",
            ["UserName"] = "",
            ["Password"] = " ",
            ["Email"] = "a@b.cd",
            ["AWS:Region"] = "eu-west-1",
            ["AWS:Profile"] = "",
            ["ShowTokens"] = "True",
        }).Build();

        var options = ScenarioOptions.FromConfiguration(configuration);

        Assert.Equal(("c1", "eu-west-1_p", "a@b.cd", "eu-west-1"), (options.ClientId, options.PoolId, options.Email, options.Region));
        Assert.Null(options.UserName);
        Assert.Null(options.Password);
        Assert.Null(options.Profile);
        Assert.True(options.ShowTokens);
        Assert.True(options.HasConfiguredPool);
    }

    [Fact]
    public void A_switch_with_a_non_boolean_value_is_an_options_error()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["NonInteractive"] = "yes please" }).Build();

        var error = Assert.Throws<OptionsException>(() => ScenarioOptions.FromConfiguration(configuration));

        Assert.Contains("NonInteractive", error.Message);
    }
}
