namespace CognitoMfa.Cdk.Tests;

/// <summary>How the stack was synthesized: as `cdk synth` without SES context, or with a verified SES identity.</summary>
public enum SesMode
{
    WithoutSes,
    WithSes,
}
