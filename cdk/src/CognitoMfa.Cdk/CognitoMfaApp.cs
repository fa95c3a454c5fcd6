using Amazon.CDK;
using CognitoMfa.Cdk.ExpectedPool;

namespace CognitoMfa.Cdk;

/// <summary>What the CDK app contains; shared by Program and the tests so they check the same thing.</summary>
public static class CognitoMfaApp
{
    public const string StackName = "CognitoMfaScenario";

    public static CognitoMfaStack AddStack(App app, ExpectedPoolDefinition definition) =>
        new(app, StackName, definition, new StackProps
        {
            Description = "Cognito user pool requiring TOTP MFA, with device tracking, for the CognitoMfaScenario app",
        });
}
