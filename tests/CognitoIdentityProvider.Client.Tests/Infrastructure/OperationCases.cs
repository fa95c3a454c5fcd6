namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>
/// A case for every operation of the client. Request bodies use every kind of member the operation has
/// (required and optional, nested structures, lists, string maps, numbers, booleans, enums); responses
/// use epoch-second timestamps as the service sends them. Which operations are signed is written out
/// here from the Cognito API reference, independently of the generator.
/// </summary>
public static partial class OperationCases
{
    private const string PoolId = "us-east-1_AbC123xyZ";
    private const string ClientId = "4tq8example3k6fn0c9a2rl6h";
    private static readonly DateTime Epoch1700000000 = new(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc);

    public static IReadOnlyDictionary<string, OperationCase> All { get; } = Build().ToDictionary(c => c.Operation);

    public static IEnumerable<object[]> Names => All.Keys.Order(StringComparer.Ordinal).Select(n => new object[] { n });

    private static IEnumerable<OperationCase> Build() =>
        SignUpCases()
            .Concat(SignInCases())
            .Concat(SessionsCases())
            .Concat(MfaCases())
            .Concat(DevicesCases())
            .Concat(UserAdminCases())
            .Concat(UserSelfServiceCases())
            .Concat(PasswordsCases())
            .Concat(GroupsCases())
            .Concat(PoolsCases())
            .Concat(AppClientsCases())
            .Concat(ClientSecretsCases())
            .Concat(PoolSettingsCases())
            .Concat(DomainsAndResourceServersCases())
            .Concat(BrandingCases())
            .Concat(FederationCases())
            .Concat(TermsCases())
            .Concat(UserImportCases())
            .Concat(ThreatProtectionCases())
            .Concat(WebAuthnCases());
}
