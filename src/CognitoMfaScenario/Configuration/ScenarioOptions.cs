using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CognitoMfaScenario.Configuration;

/// <summary>
/// Everything the scenario can be told from outside: settings.json, settings.local.json,
/// environment (COGNITOMFA_ prefix), command line, and cdk/cdk-outputs.json.
/// Keys at the root follow the seed in settings.json (ClientId, PoolId, UserName, Password, Email);
/// region and profile live in the AWS section, as AWSSDK.Extensions.NETCore.Setup expects.
/// </summary>
public sealed record ScenarioOptions
{
    public bool Local { get; init; }
    public string? Endpoint { get; init; }
    public string? PoolId { get; init; }
    public string? ClientId { get; init; }
    public string? ClientSecret { get; init; }
    public string? UserName { get; init; }
    public string? Password { get; init; }
    public string? Email { get; init; }
    public string? Region { get; init; }
    public string? Profile { get; init; }
    public bool NonInteractive { get; init; }
    public bool AdminConfirm { get; init; }
    public bool ShowTokens { get; init; }
    public bool KeepUser { get; init; }
    public string? QrPng { get; init; }

    /// <summary>How the sign-ins after MFA set-up prove the password (--auth srp|password).</summary>
    public SignInMethod Auth { get; init; } = SignInMethod.Srp;

    /// <summary>The MFA factor to set up when the pool offers several (--mfa app|email).</summary>
    public MfaFactor Mfa { get; init; } = MfaFactor.App;

    /// <summary>Base URL of the pool's domain, for the browser sign-in when the discovery document names none.</summary>
    public Uri? DomainBaseUrl { get; init; }

    /// <summary>The redirect URI the browser sign-in listens on (one of the app client's callback URLs).</summary>
    public Uri? CallbackUrl { get; init; }

    /// <summary>True when a pool is configured, so the scenario targets it instead of an embedded LocalCognito.</summary>
    public bool HasConfiguredPool => !string.IsNullOrWhiteSpace(PoolId) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>Reads the options from configuration. Empty strings count as "not set".</summary>
    /// <exception cref="OptionsException">A switch such as NonInteractive holds something other than true/false.</exception>
    public static ScenarioOptions FromConfiguration(IConfiguration configuration) => new()
    {
        Local = Flag(configuration, ConfigurationKeys.Local),
        Endpoint = Text(configuration, ConfigurationKeys.Endpoint),
        PoolId = Text(configuration, ConfigurationKeys.PoolId),
        ClientId = Text(configuration, ConfigurationKeys.ClientId),
        ClientSecret = Text(configuration, ConfigurationKeys.ClientSecret),
        UserName = Text(configuration, ConfigurationKeys.UserName),
        Password = Text(configuration, ConfigurationKeys.Password),
        Email = Text(configuration, ConfigurationKeys.Email),
        Region = Text(configuration, ConfigurationKeys.Region),
        Profile = Text(configuration, ConfigurationKeys.Profile),
        NonInteractive = Flag(configuration, ConfigurationKeys.NonInteractive),
        AdminConfirm = Flag(configuration, ConfigurationKeys.AdminConfirm),
        ShowTokens = Flag(configuration, ConfigurationKeys.ShowTokens),
        KeepUser = Flag(configuration, ConfigurationKeys.KeepUser),
        QrPng = Text(configuration, ConfigurationKeys.QrPng),
        Auth = Choice(configuration, ConfigurationKeys.Auth, "--auth", SignInMethod.Srp,
            new Dictionary<string, SignInMethod>(StringComparer.OrdinalIgnoreCase) { ["srp"] = SignInMethod.Srp, ["password"] = SignInMethod.Password }),
        Mfa = Choice(configuration, ConfigurationKeys.Mfa, "--mfa", MfaFactor.App,
            new Dictionary<string, MfaFactor>(StringComparer.OrdinalIgnoreCase) { ["app"] = MfaFactor.App, ["email"] = MfaFactor.Email }),
        DomainBaseUrl = Url(configuration, ConfigurationKeys.DomainBaseUrl, "https"),
        CallbackUrl = Url(configuration, ConfigurationKeys.CallbackUrl, "http"),
    };

    /// <summary>An absolute http(s) URL, or null when the key is not set.</summary>
    /// <exception cref="OptionsException">The value is not an absolute URL of the expected kind.</exception>
    private static Uri? Url(IConfiguration configuration, string key, string usualScheme)
    {
        var value = Text(configuration, key);
        if (value is null)
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new OptionsException(string.Format(CultureInfo.InvariantCulture,
                "Configuration key '{0}' must be an absolute URL such as {1}://…, not '{2}'.", key, usualScheme, value));
    }

    private static string? Text(IConfiguration configuration, string key)
    {
        var value = configuration[key];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>One of a few words, or the default when the key is not set.</summary>
    /// <exception cref="OptionsException">The value is none of the words.</exception>
    private static T Choice<T>(IConfiguration configuration, string key, string option, T fallback, IReadOnlyDictionary<string, T> choices)
    {
        var value = Text(configuration, key);
        if (value is null)
        {
            return fallback;
        }

        return choices.TryGetValue(value, out var choice)
            ? choice
            : throw new OptionsException(string.Format(CultureInfo.InvariantCulture,
                "{0} takes {1}, not '{2}'.", option, string.Join(" or ", choices.Keys), value));
    }

    private static bool Flag(IConfiguration configuration, string key)
    {
        var value = Text(configuration, key);
        if (value is null)
        {
            return false;
        }

        return bool.TryParse(value, out var flag)
            ? flag
            : throw new OptionsException(string.Format(CultureInfo.InvariantCulture,
                "Configuration key '{0}' must be true or false, not '{1}'.", key, value));
    }
}
