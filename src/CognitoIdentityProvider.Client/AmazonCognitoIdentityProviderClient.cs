using Amazon.CognitoIdentityProvider.Internal;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace Amazon.CognitoIdentityProvider;

/// <summary>
/// Client for Amazon Cognito user pools. Thread-safe; reuse one instance. The operation methods are generated
/// (AmazonCognitoIdentityProviderClient.Operations.cs); this part holds construction and pipeline set-up.
/// </summary>
public partial class AmazonCognitoIdentityProviderClient : AmazonServiceClient, IAmazonCognitoIdentityProvider
{
    private static readonly IServiceMetadata Metadata = new AmazonCognitoIdentityProviderMetadata();
    private ICognitoIdentityProviderPaginatorFactory? _paginators;

    public AmazonCognitoIdentityProviderClient() : base(new AmazonCognitoIdentityProviderConfig()) { }

    public AmazonCognitoIdentityProviderClient(RegionEndpoint region) : base(ConfigFor(region)) { }

    public AmazonCognitoIdentityProviderClient(AmazonCognitoIdentityProviderConfig config) : base(config) { }

    public AmazonCognitoIdentityProviderClient(AWSCredentials credentials) : this(credentials, new AmazonCognitoIdentityProviderConfig()) { }

    public AmazonCognitoIdentityProviderClient(AWSCredentials credentials, RegionEndpoint region) : this(credentials, ConfigFor(region)) { }

    public AmazonCognitoIdentityProviderClient(AWSCredentials credentials, AmazonCognitoIdentityProviderConfig clientConfig)
        : base(credentials, clientConfig) { }

    public AmazonCognitoIdentityProviderClient(string awsAccessKeyId, string awsSecretAccessKey)
        : this(awsAccessKeyId, awsSecretAccessKey, new AmazonCognitoIdentityProviderConfig()) { }

    public AmazonCognitoIdentityProviderClient(string awsAccessKeyId, string awsSecretAccessKey, RegionEndpoint region)
        : this(awsAccessKeyId, awsSecretAccessKey, ConfigFor(region)) { }

    public AmazonCognitoIdentityProviderClient(string awsAccessKeyId, string awsSecretAccessKey, AmazonCognitoIdentityProviderConfig clientConfig)
        : base(awsAccessKeyId, awsSecretAccessKey, clientConfig) { }

    public AmazonCognitoIdentityProviderClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken)
        : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, new AmazonCognitoIdentityProviderConfig()) { }

    public AmazonCognitoIdentityProviderClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, RegionEndpoint region)
        : this(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, ConfigFor(region)) { }

    public AmazonCognitoIdentityProviderClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, AmazonCognitoIdentityProviderConfig clientConfig)
        : base(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, clientConfig) { }

    /// <summary>Paginators for the list operations.</summary>
    public ICognitoIdentityProviderPaginatorFactory Paginators => _paginators ??= new CognitoIdentityProviderPaginatorFactory(this);

    protected override IServiceMetadata ServiceMetadata => Metadata;

    /// <summary>Replaces the default endpoint resolution with this service's rules and picks SigV4 or no auth per operation.</summary>
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new AmazonCognitoIdentityProviderEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new AmazonCognitoIdentityProviderAuthSchemeHandler());
    }

    public Endpoint DetermineServiceOperationEndpoint(AmazonWebServiceRequest request) =>
        Config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(request));

    private static AmazonCognitoIdentityProviderConfig ConfigFor(RegionEndpoint region) => new() { RegionEndpoint = region };
}
