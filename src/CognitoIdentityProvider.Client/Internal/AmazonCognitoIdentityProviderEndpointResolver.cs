using Amazon.CognitoIdentityProvider.Endpoints;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util;

namespace Amazon.CognitoIdentityProvider.Internal;

/// <summary>Pipeline handler that feeds the client configuration into the endpoint rules.</summary>
public class AmazonCognitoIdentityProviderEndpointResolver : BaseEndpointResolver
{
    protected override void ServiceSpecificHandler(IExecutionContext executionContext, EndpointParameters parameters)
    {
        InjectHostPrefix(executionContext.RequestContext);
    }

    protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext)
    {
        var config = (AmazonCognitoIdentityProviderConfig)requestContext.ClientConfig;
        var result = new CognitoIdentityProviderEndpointParameters
        {
            Region = requestContext.Request.AlternateEndpoint?.SystemName ?? config.RegionEndpoint?.SystemName,
            UseDualStack = config.UseDualstackEndpoint,
            UseFIPS = config.UseFIPSEndpoint,
            Endpoint = config.ServiceURL,
        };
        // With only a ServiceURL (e.g. LocalCognito), sign for AuthenticationRegion or the region the URL names.
        if (config.RegionEndpoint == null && !string.IsNullOrEmpty(config.ServiceURL))
        {
            result.Region = !string.IsNullOrEmpty(config.AuthenticationRegion)
                ? config.AuthenticationRegion
                : RegionEndpoint.GetBySystemName(AWSSDKUtils.DetermineRegion(config.ServiceURL)).SystemName;
        }
        if (result.Region == "us-east-1-regional")
        {
            result.Region = "us-east-1";
        }
        return result;
    }
}
