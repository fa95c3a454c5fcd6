using Amazon.Runtime;

namespace Amazon.CognitoIdentityProvider;

/// <summary>Base class of every request of this service.</summary>
public class AmazonCognitoIdentityProviderRequest : AmazonWebServiceRequest
{
}
