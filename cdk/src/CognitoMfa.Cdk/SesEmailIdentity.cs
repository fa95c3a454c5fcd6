using Constructs;

namespace CognitoMfa.Cdk;

/// <summary>
/// A verified Amazon SES identity the pool sends its email through (EmailSendingAccount DEVELOPER). Cognito
/// sends email MFA codes only that way, so without one the stack deploys TOTP as the only MFA factor.
/// Given as CDK context: <c>cdk deploy -c sesFromEmail=no-reply@example.com -c sesRegion=eu-west-1</c>,
/// plus <c>-c sesVerifiedDomain=example.com</c> when the verified identity is the domain, not the address.
/// </summary>
public sealed record SesEmailIdentity(string FromEmail, string Region, string? VerifiedDomain)
{
    public const string FromEmailKey = "sesFromEmail";
    public const string RegionKey = "sesRegion";
    public const string VerifiedDomainKey = "sesVerifiedDomain";

    /// <summary>The identity named by the app's context, or null when none is given.</summary>
    public static SesEmailIdentity? FromContext(Node node)
    {
        var fromEmail = Read(node, FromEmailKey);
        var region = Read(node, RegionKey);
        var verifiedDomain = Read(node, VerifiedDomainKey);

        if (fromEmail is null)
        {
            // A region or domain alone is almost certainly a mistyped command: refuse rather than deploy without email MFA.
            return region is null && verifiedDomain is null
                ? null
                : throw new SesContextException($"-c {RegionKey} and -c {VerifiedDomainKey} need -c {FromEmailKey} (the verified address the pool sends from).");
        }
        if (!fromEmail.Contains('@', StringComparison.Ordinal))
        {
            throw new SesContextException($"-c {FromEmailKey} must be an email address, got '{fromEmail}'.");
        }
        // The stack is not tied to a region, so the CDK cannot fill in the region of the SES identity's ARN.
        return region is null
            ? throw new SesContextException($"-c {FromEmailKey} needs -c {RegionKey}: the region of the verified SES identity (usually the pool's region).")
            : new SesEmailIdentity(fromEmail, region, verifiedDomain);
    }

    private static string? Read(Node node, string key) =>
        node.TryGetContext(key) switch
        {
            null => null,
            string text when string.IsNullOrWhiteSpace(text) => null,
            string text => text.Trim(),
            var other => throw new SesContextException($"-c {key} must be a string, got '{other}'."),
        };
}
