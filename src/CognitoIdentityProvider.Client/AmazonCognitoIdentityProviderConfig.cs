using Amazon.CognitoIdentityProvider.Internal;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util.Internal;

namespace Amazon.CognitoIdentityProvider;

/// <summary>Configuration for the Amazon Cognito user pools client (region, ServiceURL, retries, timeouts...).</summary>
public class AmazonCognitoIdentityProviderConfig : ClientConfig
{
    private static readonly string UserAgentString = InternalSDKUtils.BuildUserAgentString("Cognito Identity Provider", "4.0.0.0");
    private static readonly AmazonCognitoIdentityProviderEndpointResolver EndpointResolver = new();

    /// <summary>The service id; also the suffix of the AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER override.</summary>
    public static new string ServiceId => "Cognito Identity Provider";

    public AmazonCognitoIdentityProviderConfig()
        : base(new DefaultConfigurationProvider(AmazonCognitoIdentityProviderDefaultConfiguration.GetAllConfigurations()))
    {
        base.ServiceId = ServiceId;
        AuthenticationServiceName = "cognito-idp";
        EndpointProvider = new AmazonCognitoIdentityProviderEndpointProvider();
    }

    public override string RegionEndpointServiceName => "cognito-idp";

    public override string ServiceVersion => "2016-04-18";

    public override string UserAgent => UserAgentString;

    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
    {
        var requestContext = new RequestContext(false)
        {
            ClientConfig = this,
            OriginalRequest = parameters.Request,
            Request = new DefaultRequest(parameters.Request, ServiceId) { AlternateEndpoint = parameters.AlternateEndpoint },
        };
        return EndpointResolver.GetEndpoint(new Amazon.Runtime.Internal.ExecutionContext(requestContext, null));
    }
}
