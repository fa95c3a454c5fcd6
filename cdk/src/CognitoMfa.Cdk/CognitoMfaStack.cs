using Amazon.CDK;
using Amazon.CDK.AWS.Cognito;
using CognitoMfa.Cdk.ExpectedPool;
using Constructs;

namespace CognitoMfa.Cdk;

/// <summary>
/// The user pool and app client the scenario expects, built from the same definition LocalCognito uses.
/// Email MFA is deployed only with a verified SES identity (see SesEmailIdentity); without one, TOTP only.
/// The pool gets a prefix domain serving managed login and the OAuth endpoints (see DomainPrefix, ManagedLogin).
/// Its outputs (UserPoolId, ClientId, Region, DomainBaseUrl, CallbackUrl) are what the scenario app reads from
/// cdk-outputs.json.
/// </summary>
public sealed class CognitoMfaStack : Stack
{
    public const string UserPoolIdOutput = "UserPoolId";
    public const string ClientIdOutput = "ClientId";
    public const string RegionOutput = "Region";
    public const string DomainBaseUrlOutput = "DomainBaseUrl";
    public const string CallbackUrlOutput = "CallbackUrl";

    public CognitoMfaStack(Construct scope, string id, ExpectedPoolDefinition definition, SesEmailIdentity? ses, IStackProps? props = null)
        : base(scope, id, props)
    {
        var pool = new UserPool(this, "UserPool", UserPoolPropsMapping.ToUserPoolProps(definition, ses));
        UserPoolEscapeHatches.Apply(pool, definition, ses);
        var client = pool.AddClient("AppClient", UserPoolClientOptionsMapping.ToClientOptions(definition.UserPoolClient));
        UserPoolClientEscapeHatches.Apply(client, definition.UserPoolClient);
        var domain = pool.AddDomain("Domain", new UserPoolDomainOptions
        {
            CognitoDomain = new CognitoDomainOptions { DomainPrefix = DomainPrefix.For(this, definition.UserPoolDomain) },
        });
        ManagedLogin.Apply(this, domain, pool, client, definition.UserPoolDomain);

        _ = new CfnOutput(this, UserPoolIdOutput, new CfnOutputProps { Value = pool.UserPoolId, Description = "Id of the MFA user pool" });
        _ = new CfnOutput(this, ClientIdOutput, new CfnOutputProps { Value = client.UserPoolClientId, Description = "Id of the app client (no secret)" });
        _ = new CfnOutput(this, RegionOutput, new CfnOutputProps { Value = Region, Description = "Region the pool lives in" });
        _ = new CfnOutput(this, DomainBaseUrlOutput, new CfnOutputProps
        {
            Value = domain.BaseUrl(),
            Description = "Base URL of the pool's domain (managed login pages, /oauth2/authorize, /oauth2/token)",
        });
        if (definition.UserPoolClient.CallbackURLs.Count > 0)
        {
            _ = new CfnOutput(this, CallbackUrlOutput, new CfnOutputProps
            {
                Value = definition.UserPoolClient.CallbackURLs[0],
                Description = "Loopback redirect URI the scenario's browser sign-in listens on",
            });
        }
    }
}
