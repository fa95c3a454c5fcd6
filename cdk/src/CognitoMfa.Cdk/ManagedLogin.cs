using Amazon.CDK;
using Amazon.CDK.AWS.Cognito;
using CognitoMfa.Cdk.ExpectedPool;
using Constructs;

namespace CognitoMfa.Cdk;

/// <summary>
/// The version of the pages the domain serves: 1 is the classic hosted UI, 2 is managed login. Amazon.CDK.Lib
/// 2.160.0 predates managed login, so the version is written onto the CloudFormation resource, and the branding
/// style that version 2 needs before it shows any page (Cognito's own look, UseCognitoProvidedValues) is an
/// untyped resource. Newer CDK versions have managedLoginVersion and CfnManagedLoginBranding.
/// </summary>
public static class ManagedLogin
{
    public const string BrandingType = "AWS::Cognito::ManagedLoginBranding";

    public static void Apply(Construct scope, UserPoolDomain domain, UserPool pool, UserPoolClient client, UserPoolDomainRequest request)
    {
        if (request.ManagedLoginVersion is not (1 or 2))
        {
            throw ExpectedPoolException.Unsupported("UserPoolDomain.ManagedLoginVersion", request.ManagedLoginVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var resource = (CfnUserPoolDomain)domain.Node.DefaultChild!;
        resource.AddPropertyOverride("ManagedLoginVersion", request.ManagedLoginVersion);
        if (request.ManagedLoginVersion == 2)
        {
            _ = new CfnResource(scope, "ManagedLoginBranding", new CfnResourceProps
            {
                Type = BrandingType,
                Properties = new Dictionary<string, object>
                {
                    ["UserPoolId"] = pool.UserPoolId,
                    ["ClientId"] = client.UserPoolClientId,
                    ["UseCognitoProvidedValues"] = true,
                },
            });
        }
    }
}
