using Amazon.CDK;
using CognitoMfa.Cdk.ExpectedPool;

namespace CognitoMfa.Cdk;

/// <summary>What the CDK app contains; shared by Program and the tests so they check the same thing.</summary>
public static class CognitoMfaApp
{
    public const string StackName = "CognitoMfaScenario";

    /// <summary>Adds the stack; the optional SES identity comes from the app's context (see SesEmailIdentity).</summary>
    public static CognitoMfaStack AddStack(App app, ExpectedPoolDefinition definition)
    {
        var ses = SesEmailIdentity.FromContext(app.Node);
        var factors = ses is null ? "TOTP MFA (no SES identity given, so no email MFA)" : "TOTP or email MFA";
        return new CognitoMfaStack(app, StackName, definition, ses, new StackProps
        {
            Description = $"Cognito user pool requiring {factors}, with device tracking, for the CognitoMfaScenario app",
        });
    }
}
