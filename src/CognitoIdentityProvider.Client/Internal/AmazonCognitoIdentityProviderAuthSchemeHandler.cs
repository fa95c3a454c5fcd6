using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace Amazon.CognitoIdentityProvider.Internal;

/// <summary>
/// Picks the auth scheme per operation: the operations the model marks smithy.api#noAuth (SignUp, InitiateAuth,
/// the access-token operations...) go unsigned, everything else is signed with SigV4 for cognito-idp.
/// </summary>
public class AmazonCognitoIdentityProviderAuthSchemeHandler : BaseAuthResolverHandler
{
    protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext)
    {
        // RequestName is the request class name, e.g. "SignUpRequest".
        var requestName = executionContext.RequestContext.Request.RequestName;
        return CognitoNoAuthOperations.RequestNames.Contains(requestName)
            ? AuthSchemeOption.DEFAULT_NOAUTH
            : AuthSchemeOption.DEFAULT_SIGV4;
    }
}
