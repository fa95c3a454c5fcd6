namespace CognitoMfa.Cdk.ExpectedPool;

// The expected pool in Cognito's wire format, exactly as src/LocalCognito/Defaults/default-user-pool.json
// spells it. Every member is required and unknown members are rejected (see ExpectedPoolFile): a setting
// the stack does not map must fail the synth, never be dropped silently. The one exception is
// AccountRecoverySetting: optional, because the stack has its own default when the file leaves it out.

/// <summary>
/// The whole file: a CreateUserPool request, the enabled MFA types with the email MFA message
/// (SetUserPoolMfaConfig), a CreateUserPoolClient request and a CreateUserPoolDomain request.
/// </summary>
public sealed record ExpectedPoolDefinition
{
    public required UserPoolRequest UserPool { get; init; }
    public required IReadOnlyList<string> EnabledMfas { get; init; }
    public required EmailMfaConfiguration EmailMfaConfiguration { get; init; }
    public required UserPoolClientRequest UserPoolClient { get; init; }
    public required UserPoolDomainRequest UserPoolDomain { get; init; }
}

/// <summary>
/// The pool's prefix domain (managed login and the /oauth2 endpoints). Domain is the prefix as LocalCognito uses
/// it; prefixes are unique per region on AWS, so the stack adds a suffix of its own (see DomainPrefix).
/// </summary>
public sealed record UserPoolDomainRequest
{
    public required string Domain { get; init; }
    public required int ManagedLoginVersion { get; init; }
}

public sealed record EmailMfaConfiguration
{
    public required string Subject { get; init; }
    public required string Message { get; init; }
}

public sealed record UserPoolRequest
{
    public required string PoolName { get; init; }
    public required string UserPoolTier { get; init; }
    public required UserPoolPolicies Policies { get; init; }
    public required IReadOnlyList<string> AutoVerifiedAttributes { get; init; }
    public required UsernameConfiguration UsernameConfiguration { get; init; }
    public required string MfaConfiguration { get; init; }
    public required DeviceConfiguration DeviceConfiguration { get; init; }
    public required AdminCreateUserConfig AdminCreateUserConfig { get; init; }
    public required IReadOnlyList<SchemaAttribute> Schema { get; init; }
    public AccountRecoverySetting? AccountRecoverySetting { get; init; }
}

public sealed record AccountRecoverySetting
{
    public required IReadOnlyList<RecoveryOption> RecoveryMechanisms { get; init; }
}

public sealed record RecoveryOption
{
    public required int Priority { get; init; }
    public required string Name { get; init; }
}

public sealed record UserPoolPolicies
{
    public required PasswordPolicy PasswordPolicy { get; init; }
    public required SignInPolicy SignInPolicy { get; init; }
}

public sealed record SignInPolicy
{
    public required IReadOnlyList<string> AllowedFirstAuthFactors { get; init; }
}

public sealed record PasswordPolicy
{
    public required int MinimumLength { get; init; }
    public required bool RequireUppercase { get; init; }
    public required bool RequireLowercase { get; init; }
    public required bool RequireNumbers { get; init; }
    public required bool RequireSymbols { get; init; }
    public required int TemporaryPasswordValidityDays { get; init; }
}

public sealed record UsernameConfiguration
{
    public required bool CaseSensitive { get; init; }
}

public sealed record DeviceConfiguration
{
    public required bool ChallengeRequiredOnNewDevice { get; init; }
    public required bool DeviceOnlyRememberedOnUserPrompt { get; init; }
}

public sealed record AdminCreateUserConfig
{
    public required bool AllowAdminCreateUserOnly { get; init; }
}

public sealed record SchemaAttribute
{
    public required string Name { get; init; }
    public required string AttributeDataType { get; init; }
    public required bool Required { get; init; }
    public required bool Mutable { get; init; }
}

public sealed record UserPoolClientRequest
{
    public required string ClientName { get; init; }
    public required bool GenerateSecret { get; init; }
    public required IReadOnlyList<string> ExplicitAuthFlows { get; init; }
    public required int AuthSessionValidity { get; init; }
    public required int AccessTokenValidity { get; init; }
    public required int IdTokenValidity { get; init; }
    public required int RefreshTokenValidity { get; init; }
    public required TokenValidityUnits TokenValidityUnits { get; init; }
    public required string PreventUserExistenceErrors { get; init; }
    public required bool AllowedOAuthFlowsUserPoolClient { get; init; }
    public required IReadOnlyList<string> AllowedOAuthFlows { get; init; }
    public required IReadOnlyList<string> AllowedOAuthScopes { get; init; }
    public required IReadOnlyList<string> CallbackURLs { get; init; }
    public required IReadOnlyList<string> LogoutURLs { get; init; }
    public required IReadOnlyList<string> SupportedIdentityProviders { get; init; }
}

public sealed record TokenValidityUnits
{
    public required string AccessToken { get; init; }
    public required string IdToken { get; init; }
    public required string RefreshToken { get; init; }
}
