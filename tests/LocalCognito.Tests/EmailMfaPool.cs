using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>
/// A pool with email MFA next to TOTP (ESSENTIALS, email through SES, device tracking) and a client allowing every
/// password flow plus USER_AUTH.
/// </summary>
public sealed record EmailMfaPool(TestServer T, string PoolId, string ClientId)
{
    public const string Subject = "Your sign-in code";
    public const string Message = "Your code is {####}. It expires soon.";

    public static async Task<EmailMfaPool> CreateAsync(TestServer t, string mfa = "ON", bool totp = true, List<string>? firstFactors = null,
        AccountRecoverySettingType? recovery = null)
    {
        var pool = (await t.Client.CreateUserPoolAsync(new CreateUserPoolRequest
        {
            PoolName = "email-mfa",
            UserPoolTier = UserPoolTierType.ESSENTIALS,
            MfaConfiguration = UserPoolMfaType.OFF,
            AutoVerifiedAttributes = [VerifiedAttributeType.Email],
            UsernameConfiguration = new UsernameConfigurationType { CaseSensitive = false },
            Schema = [new SchemaAttributeType { Name = "email", AttributeDataType = AttributeDataType.String, Required = true, Mutable = true }],
            DeviceConfiguration = new DeviceConfigurationType { ChallengeRequiredOnNewDevice = true, DeviceOnlyRememberedOnUserPrompt = false },
            EmailConfiguration = new EmailConfigurationType
            {
                EmailSendingAccount = EmailSendingAccountType.DEVELOPER,
                SourceArn = "arn:aws:ses:us-east-1:000000000000:identity/no-reply@example.com",
            },
            Policies = new UserPoolPolicyType { SignInPolicy = new SignInPolicyType { AllowedFirstAuthFactors = firstFactors ?? ["PASSWORD"] } },
            AccountRecoverySetting = recovery,
        })).UserPool;
        await t.Client.SetUserPoolMfaConfigAsync(new SetUserPoolMfaConfigRequest
        {
            UserPoolId = pool.Id,
            SoftwareTokenMfaConfiguration = new SoftwareTokenMfaConfigType { Enabled = totp },
            EmailMfaConfiguration = new EmailMfaConfigType { Subject = Subject, Message = Message },
            MfaConfiguration = new UserPoolMfaType(mfa),
        });
        var client = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = pool.Id,
            ClientName = "app",
            ExplicitAuthFlows =
            [
                ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
                ExplicitAuthFlowsType.ALLOW_USER_AUTH,
            ],
        })).UserPoolClient;
        return new EmailMfaPool(t, pool.Id, client.ClientId);
    }

    public async Task<SignUpResponse> SignUpAsync(string username) =>
        await T.Client.SignUpAsync(new SignUpRequest
        {
            ClientId = ClientId,
            Username = username,
            Password = TestServer.Password,
            UserAttributes = [new AttributeType { Name = "email", Value = $"{username}@example.com" }],
        });

    public async Task SignUpConfirmedAsync(string username)
    {
        await SignUpAsync(username);
        await T.Client.ConfirmSignUpAsync(new ConfirmSignUpRequest { ClientId = ClientId, Username = username, ConfirmationCode = T.LatestCode(username) });
    }

    public async Task<InitiateAuthResponse> PasswordAuthAsync(string username, string? deviceKey = null)
    {
        var parameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = TestServer.Password };
        if (deviceKey is not null)
        {
            parameters["DEVICE_KEY"] = deviceKey;
        }

        return await T.Client.InitiateAuthAsync(new InitiateAuthRequest { ClientId = ClientId, AuthFlow = AuthFlowType.USER_PASSWORD_AUTH, AuthParameters = parameters });
    }

    public async Task<RespondToAuthChallengeResponse> RespondAsync(string challenge, string? session, params (string Key, string Value)[] responses) =>
        await T.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = ClientId,
            ChallengeName = new ChallengeNameType(challenge),
            Session = session,
            ChallengeResponses = responses.ToDictionary(response => response.Key, response => response.Value),
        });

    /// <summary>The last message the outbox holds for the user.</summary>
    public OutboxMessage LatestMessage(string username) =>
        T.Server.Outbox.Last(message => string.Equals(message.Username, username, StringComparison.OrdinalIgnoreCase));

    /// <summary>Turns email MFA on for the user as an administrator (the way to enrol before the first sign-in).</summary>
    public async Task EnableEmailMfaAsync(string username, bool preferred = false) =>
        await T.Client.AdminSetUserMFAPreferenceAsync(new AdminSetUserMFAPreferenceRequest
        {
            UserPoolId = PoolId,
            Username = username,
            EmailMfaSettings = new EmailMfaSettingsType { Enabled = true, PreferredMfa = preferred },
        });

    /// <summary>Signs up, confirms and enrols a TOTP authenticator through MFA_SETUP; returns the secret and the tokens.</summary>
    public async Task<(string Secret, AuthenticationResultType Tokens)> TotpUserAsync(string username)
    {
        await SignUpConfirmedAsync(username);
        return await T.EnrolAsync(ClientId, username, TestServer.Password);
    }
}
