using System.Diagnostics.CodeAnalysis;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace Amazon.CognitoIdentityProvider;

/// <summary>
/// Amazon Cognito user pools. The operation methods are generated (IAmazonCognitoIdentityProvider.Operations.cs);
/// this part holds what is not per operation.
/// </summary>
public partial interface IAmazonCognitoIdentityProvider : IAmazonService, IDisposable
{
    /// <summary>Paginators for the list operations.</summary>
    ICognitoIdentityProviderPaginatorFactory Paginators { get; }

    /// <summary>The endpoint a request would be sent to.</summary>
    Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request);

    // AWSSDK.Extensions.NETCore.Setup creates clients through these two members (no assembly scanning on .NET 8+).
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(AmazonCognitoIdentityProviderConfig))]
    static ClientConfig IAmazonService.CreateDefaultClientConfig() => new AmazonCognitoIdentityProviderConfig();

    static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig)
    {
        if (clientConfig is not AmazonCognitoIdentityProviderConfig config)
        {
            throw new AmazonClientException("ClientConfig is not of type AmazonCognitoIdentityProviderConfig to create AmazonCognitoIdentityProviderClient");
        }
        return awsCredentials == null
            ? new AmazonCognitoIdentityProviderClient(config)
            : new AmazonCognitoIdentityProviderClient(awsCredentials, config);
    }
}
