using Amazon.CDK.AWS.Cognito;
using CognitoMfa.Cdk.ExpectedPool;

namespace CognitoMfa.Cdk;

/// <summary>
/// Client settings the UserPoolClient construct of Amazon.CDK.Lib 2.160.0 cannot express: its AuthFlow has no
/// member for ALLOW_USER_AUTH (choice-based sign-in; `user` arrived in a later CDK version), so the whole
/// ExplicitAuthFlows list is written onto the CloudFormation resource, in the file's order.
/// </summary>
public static class UserPoolClientEscapeHatches
{
    public const string UserAuthFlow = "ALLOW_USER_AUTH";

    public static void Apply(UserPoolClient client, UserPoolClientRequest request)
    {
        if (request.ExplicitAuthFlows.Contains(UserAuthFlow))
        {
            var resource = (CfnUserPoolClient)client.Node.DefaultChild!;
            resource.AddPropertyOverride("ExplicitAuthFlows", request.ExplicitAuthFlows.ToArray());
        }
    }
}
