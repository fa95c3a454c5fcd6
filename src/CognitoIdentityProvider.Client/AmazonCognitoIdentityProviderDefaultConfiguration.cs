using System.Collections.ObjectModel;
using Amazon.Runtime;

namespace Amazon.CognitoIdentityProvider;

/// <summary>The SDK's standard defaults modes (all use the standard retry mode; they differ in connect timeouts).</summary>
public static class AmazonCognitoIdentityProviderDefaultConfiguration
{
    public static IDefaultConfiguration Standard { get; } = Mode(DefaultConfigurationMode.Standard, 3100);
    public static IDefaultConfiguration InRegion { get; } = Mode(DefaultConfigurationMode.InRegion, 1100);
    public static IDefaultConfiguration CrossRegion { get; } = Mode(DefaultConfigurationMode.CrossRegion, 3100);
    public static IDefaultConfiguration Mobile { get; } = Mode(DefaultConfigurationMode.Mobile, 30000);
    public static IDefaultConfiguration Auto { get; } = Mode(DefaultConfigurationMode.Auto, 1100);

    public static ReadOnlyCollection<IDefaultConfiguration> GetAllConfigurations() =>
        new([Standard, InRegion, CrossRegion, Mobile, Auto]);

    private static DefaultConfiguration Mode(DefaultConfigurationMode name, int connectMilliseconds) => new()
    {
        Name = name,
        RetryMode = RequestRetryMode.Standard,
        S3UsEast1RegionalEndpoint = S3UsEast1RegionalEndpointValue.Regional,
        ConnectTimeout = TimeSpan.FromMilliseconds(connectMilliseconds),
        TlsNegotiationTimeout = TimeSpan.FromMilliseconds(connectMilliseconds),
    };
}
