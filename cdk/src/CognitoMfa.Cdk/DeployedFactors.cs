using CognitoMfa.Cdk.ExpectedPool;

namespace CognitoMfa.Cdk;

/// <summary>
/// Which of the file's MFA types and first sign-in factors the stack deploys. On AWS, Cognito sends email
/// codes (EMAIL_OTP, for MFA or as a passwordless first factor) only through the pool's own Amazon SES
/// identity, so without one EMAIL_OTP is left out and the pool keeps its other factors.
/// </summary>
public static class DeployedFactors
{
    public const string EmailOtp = "EMAIL_OTP";

    public static bool SendsEmailCodes(ExpectedPoolDefinition definition, SesEmailIdentity? ses) =>
        ses is not null && definition.EnabledMfas.Contains(EmailOtp);

    public static IReadOnlyList<string> Mfas(ExpectedPoolDefinition definition, SesEmailIdentity? ses) =>
        WithoutEmailOtpUnless(ses is not null, definition.EnabledMfas);

    public static IReadOnlyList<string> FirstAuthFactors(ExpectedPoolDefinition definition, SesEmailIdentity? ses)
    {
        var factors = WithoutEmailOtpUnless(ses is not null, definition.UserPool.Policies.SignInPolicy.AllowedFirstAuthFactors);
        return factors.Count > 0
            ? factors
            : throw new ExpectedPoolException(
                $"{ExpectedPoolFile.ResourceName}: UserPool.Policies.SignInPolicy.AllowedFirstAuthFactors has no factor left without EMAIL_OTP; " +
                $"give -c {SesEmailIdentity.FromEmailKey} and -c {SesEmailIdentity.RegionKey}, or add PASSWORD.");
    }

    private static List<string> WithoutEmailOtpUnless(bool keepEmailOtp, IReadOnlyList<string> factors) =>
        [.. factors.Where(factor => keepEmailOtp || factor != EmailOtp)];
}
