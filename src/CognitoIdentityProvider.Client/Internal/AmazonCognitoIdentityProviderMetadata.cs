using Amazon.Runtime.Internal;

namespace Amazon.CognitoIdentityProvider.Internal;

/// <summary>Service metadata the runtime uses for logging and metrics.</summary>
public class AmazonCognitoIdentityProviderMetadata : IServiceMetadata
{
    public string ServiceId => "Cognito Identity Provider";

    public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>(0);
}
