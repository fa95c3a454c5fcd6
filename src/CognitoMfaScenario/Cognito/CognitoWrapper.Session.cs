using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoMfaScenario.Cognito;

/// <summary>Calls on a signed-in session: refreshing the tokens, reading the user, signing out everywhere.</summary>
public sealed partial class CognitoWrapper
{
    /// <summary>Describes the app client (DescribeUserPoolClient): whether it rotates refresh tokens.</summary>
    public Task<DescribeUserPoolClientResponse> DescribeUserPoolClientAsync(CancellationToken cancellationToken) =>
        client.DescribeUserPoolClientAsync(new DescribeUserPoolClientRequest { UserPoolId = PoolId, ClientId = ClientId }, cancellationToken);

    /// <summary>New access and id tokens from a refresh token (InitiateAuth, REFRESH_TOKEN_AUTH).</summary>
    /// <param name="username">The user's name, for SECRET_HASH when the client has a secret.</param>
    /// <param name="refreshToken">The refresh token of an earlier sign-in.</param>
    /// <param name="deviceKey">The remembered device the sign-in ran on: Cognito refuses the refresh without it.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<InitiateAuthResponse> RefreshTokensAsync(string username, string refreshToken, string? deviceKey, CancellationToken cancellationToken) =>
        client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = ClientId,
            AuthFlow = AuthFlowType.REFRESH_TOKEN_AUTH,
            AuthParameters = WithSecretHash(username, WithDeviceKey(deviceKey, new() { ["REFRESH_TOKEN"] = refreshToken })),
        }, cancellationToken);

    /// <summary>New tokens, and a new refresh token where the client rotates them (GetTokensFromRefreshToken).</summary>
    /// <param name="refreshToken">The refresh token of an earlier sign-in.</param>
    /// <param name="deviceKey">The remembered device the sign-in ran on, or null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<GetTokensFromRefreshTokenResponse> GetTokensFromRefreshTokenAsync(string refreshToken, string? deviceKey, CancellationToken cancellationToken) =>
        client.GetTokensFromRefreshTokenAsync(new GetTokensFromRefreshTokenRequest
        {
            ClientId = ClientId,
            ClientSecret = target.ClientSecret,
            RefreshToken = refreshToken,
            DeviceKey = deviceKey,
        }, cancellationToken);

    /// <summary>The signed-in user's own profile (GetUser); Cognito checks that the access token is not revoked.</summary>
    public Task<GetUserResponse> GetUserAsync(string accessToken, CancellationToken cancellationToken) =>
        client.GetUserAsync(new GetUserRequest { AccessToken = accessToken }, cancellationToken);

    /// <summary>Signs the user out everywhere (GlobalSignOut): revokes its refresh tokens and the access tokens issued with them.</summary>
    public Task<GlobalSignOutResponse> GlobalSignOutAsync(string accessToken, CancellationToken cancellationToken) =>
        client.GlobalSignOutAsync(new GlobalSignOutRequest { AccessToken = accessToken }, cancellationToken);
}
