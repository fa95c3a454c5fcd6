using Amazon.CDK.AWS.Cognito;
using CognitoMfa.Cdk.ExpectedPool;

namespace CognitoMfa.Cdk;

/// <summary>
/// Pool settings the UserPool construct of Amazon.CDK.Lib 2.160.0 cannot express, written onto its
/// CloudFormation resource instead: the feature plan (UserPoolTier), the sign-in policy's first factors,
/// EMAIL_OTP in EnabledMfas (MfaSecondFactor knows only SMS and TOTP) and the email MFA message. Newer CDK
/// versions have featurePlan, signInPolicy and mfaSecondFactor.email, but this machine's feed stops at 2.160.0.
/// </summary>
public static class UserPoolEscapeHatches
{
    private static readonly string[] Tiers = ["LITE", "ESSENTIALS", "PLUS"];
    private static readonly string[] FirstFactorsTheStackCanServe = ["PASSWORD", DeployedFactors.EmailOtp];

    public static void Apply(UserPool pool, ExpectedPoolDefinition definition, SesEmailIdentity? ses)
    {
        var resource = (CfnUserPool)pool.Node.DefaultChild!;
        var tier = CheckTier(definition, ses);

        // No typed property for these in 2.160.0: override the synthesized properties by path.
        resource.AddPropertyOverride("UserPoolTier", tier);
        resource.AddPropertyOverride("Policies.SignInPolicy.AllowedFirstAuthFactors", FirstAuthFactors(definition, ses).ToArray());

        if (DeployedFactors.SendsEmailCodes(definition, ses))
        {
            resource.AddPropertyOverride("EnabledMfas", DeployedFactors.Mfas(definition, ses).ToArray());
            // The L1 resource has these as typed properties; only the L2 construct lacks them.
            resource.EmailAuthenticationSubject = definition.EmailMfaConfiguration.Subject;
            resource.EmailAuthenticationMessage = definition.EmailMfaConfiguration.Message;
        }
    }

    private static string CheckTier(ExpectedPoolDefinition definition, SesEmailIdentity? ses)
    {
        var tier = definition.UserPool.UserPoolTier;
        if (!Tiers.Contains(tier))
        {
            throw ExpectedPoolException.Unsupported("UserPool.UserPoolTier", tier);
        }
        // Email MFA and choice-based sign-in are Essentials features (API reference: EmailMfaConfigType, ALLOW_USER_AUTH);
        // say so at synth rather than let the deployment fail.
        var needsEssentials = DeployedFactors.SendsEmailCodes(definition, ses)
            || definition.UserPoolClient.ExplicitAuthFlows.Contains(UserPoolClientEscapeHatches.UserAuthFlow);
        return tier == "LITE" && needsEssentials
            ? throw new ExpectedPoolException(
                $"{ExpectedPoolFile.ResourceName}: UserPool.UserPoolTier = 'LITE' cannot have email MFA or {UserPoolClientEscapeHatches.UserAuthFlow}; they need ESSENTIALS or PLUS.")
            : tier;
    }

    private static IReadOnlyList<string> FirstAuthFactors(ExpectedPoolDefinition definition, SesEmailIdentity? ses)
    {
        foreach (var factor in definition.UserPool.Policies.SignInPolicy.AllowedFirstAuthFactors)
        {
            // SMS_OTP needs an SMS role and WEB_AUTHN a relying party, neither of which this stack creates.
            if (!FirstFactorsTheStackCanServe.Contains(factor))
            {
                throw ExpectedPoolException.Unsupported("UserPool.Policies.SignInPolicy.AllowedFirstAuthFactors", factor);
            }
        }
        return DeployedFactors.FirstAuthFactors(definition, ses);
    }
}
