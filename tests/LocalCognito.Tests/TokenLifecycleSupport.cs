using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoSrp;

namespace LocalCognito.Tests;

/// <summary>Sign-ins and app clients the token-lifecycle tests start from.</summary>
public static class TokenLifecycleSupport
{
    /// <summary>A further sign-in of an enrolled user (password, then a fresh TOTP code) on the given client.</summary>
    public static async Task<AuthenticationResultType> SignInAgainAsync(this TestServer t, string username, string secret, string? clientId = null)
    {
        t.NextStep();
        var first = await t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = clientId ?? t.ClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = TestServer.Password },
        });
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, first.ChallengeName);
        var done = await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = clientId ?? t.ClientId,
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = first.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = username, ["SOFTWARE_TOKEN_MFA_CODE"] = t.Code(secret) },
        });
        return done.AuthenticationResult;
    }

    /// <summary>Remembers the device a sign-in returned (ConfirmDevice with a fresh SRP verifier) and returns its secret.</summary>
    public static async Task<DeviceSecret> RememberDeviceAsync(this TestServer t, AuthenticationResultType tokens, string? deviceName = null)
    {
        var device = tokens.NewDeviceMetadata;
        var secret = DeviceSecrets.Create(device.DeviceGroupKey, device.DeviceKey);
        await t.Client.ConfirmDeviceAsync(new ConfirmDeviceRequest
        {
            AccessToken = tokens.AccessToken,
            DeviceKey = device.DeviceKey,
            DeviceName = deviceName,
            DeviceSecretVerifierConfig = new DeviceSecretVerifierConfigType { PasswordVerifier = secret.PasswordVerifier, Salt = secret.Salt },
        });
        return secret;
    }

    /// <summary>A client allowing password sign-in and refresh, with the given extra settings.</summary>
    public static async Task<UserPoolClientType> CreateClientAsync(this TestServer t, Action<CreateUserPoolClientRequest>? configure = null)
    {
        var request = new CreateUserPoolClientRequest
        {
            UserPoolId = t.PoolId,
            ClientName = "app",
            ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        };
        configure?.Invoke(request);
        return (await t.Client.CreateUserPoolClientAsync(request)).UserPoolClient;
    }

    public static Task<GetUserResponse> GetUserAsync(this TestServer t, string accessToken) =>
        t.Client.GetUserAsync(new GetUserRequest { AccessToken = accessToken });

    public static Task<InitiateAuthResponse> RefreshAsync(this TestServer t, string refreshToken, string? clientId = null) =>
        t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = clientId ?? t.ClientId,
            AuthFlow = AuthFlowType.REFRESH_TOKEN_AUTH,
            AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = refreshToken },
        });
}
