using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Moq;

namespace CognitoMfaScenario.Tests.Support;

/// <summary>The scripted pool's tokens: issued, refreshed, revoked by GlobalSignOut.</summary>
public sealed partial class ScriptedCognito
{
    /// <summary>Refresh (either call), GetUser and GlobalSignOut over the tokens this pool issued.</summary>
    private void SetupSession()
    {
        Client.Setup(c => c.DescribeUserPoolClientAsync(It.IsAny<DescribeUserPoolClientRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((DescribeUserPoolClientRequest r, CancellationToken _) =>
            {
                Assert.Equal((PoolId, ClientId), (r.UserPoolId, r.ClientId));
                return new DescribeUserPoolClientResponse
                {
                    UserPoolClient = new UserPoolClientType
                    {
                        ClientId = ClientId,
                        RefreshTokenRotation = new RefreshTokenRotationType { Feature = RotatesRefreshTokens ? FeatureType.ENABLED : FeatureType.DISABLED },
                    },
                };
            });

        Client.Setup(c => c.GetTokensFromRefreshTokenAsync(It.IsAny<GetTokensFromRefreshTokenRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((GetTokensFromRefreshTokenRequest r, CancellationToken _) =>
            {
                Assert.Equal(ClientId, r.ClientId);
                return new GetTokensFromRefreshTokenResponse { AuthenticationResult = Refresh(r.RefreshToken, r.DeviceKey, rotate: true) };
            });

        Client.Setup(c => c.GetUserAsync(It.IsAny<GetUserRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((GetUserRequest r, CancellationToken _) =>
            {
                RequireLiveAccessToken(r.AccessToken);
                return new GetUserResponse { Username = Username, UserAttributes = [new AttributeType { Name = "email", Value = Username + "@example.com" }] };
            });

        Client.Setup(c => c.GlobalSignOutAsync(It.IsAny<GlobalSignOutRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((GlobalSignOutRequest r, CancellationToken _) =>
            {
                RequireLiveAccessToken(r.AccessToken);
                _revokedAccessTokens.UnionWith(_accessTokens);
                _revokedRefreshTokens.UnionWith(_refreshTokens.Keys);
                SignedOut = true;
                return new GlobalSignOutResponse();
            });
    }


    /// <param name="withDevice">A sign-in on a new device: NewDeviceMetadata comes with the tokens.</param>
    /// <param name="onRememberedDevice">A sign-in from the remembered device.</param>
    private AuthenticationResultType IssueTokens(bool withDevice, bool onRememberedDevice = false)
    {
        _tokenCounter++;
        var boundDevice = withDevice || onRememberedDevice ? DeviceKey : null;
        var refreshToken = "refresh-token-" + _tokenCounter + new string('r', 60);
        _refreshTokens[refreshToken] = boundDevice;
        return new AuthenticationResultType
        {
            AccessToken = IssueAccessToken(boundDevice),
            IdToken = Tokens.IdToken(Issuer, Username!, ClientId, _time.GetUtcNow()),
            RefreshToken = refreshToken,
            ExpiresIn = 3600,
            TokenType = "Bearer",
            NewDeviceMetadata = withDevice ? new NewDeviceMetadataType { DeviceKey = DeviceKey, DeviceGroupKey = DeviceGroupKey } : null,
        };
    }

    /// <summary>The tokens /oauth2/token gives for a managed login sign-in: no device, the request's nonce in the ID token.</summary>
    public AuthenticationResultType IssueBrowserTokens(string? nonce)
    {
        var tokens = IssueTokens(withDevice: false);
        tokens.IdToken = Tokens.IdToken(Issuer, Username!, ClientId, _time.GetUtcNow(), nonce);
        return tokens;
    }

    private string IssueAccessToken(string? deviceKey)
    {
        LastAccessToken = Tokens.AccessToken(Issuer, Username!, ClientId, _time.GetUtcNow(), deviceKey);
        _accessTokens.Add(LastAccessToken);
        return LastAccessToken;
    }

    /// <summary>REFRESH_TOKEN_AUTH and GetTokensFromRefreshToken: a known, unrevoked refresh token, with its device's key once that is remembered.</summary>
    private AuthenticationResultType Refresh(string refreshToken, string? deviceKey, bool rotate)
    {
        RefreshCalls.Add((refreshToken, deviceKey));
        if (!_refreshTokens.TryGetValue(refreshToken, out var boundDevice))
        {
            throw new NotAuthorizedException("Invalid Refresh Token");
        }

        if (_revokedRefreshTokens.Contains(refreshToken))
        {
            throw new NotAuthorizedException("Refresh Token has been revoked");
        }

        if (boundDevice is not null && DeviceConfirmed && deviceKey != boundDevice)
        {
            throw new NotAuthorizedException("Invalid Refresh Token");
        }

        string? newRefreshToken = null;
        if (rotate)
        {
            newRefreshToken = "rotated-" + refreshToken;
            _refreshTokens[newRefreshToken] = boundDevice;
        }

        return new AuthenticationResultType
        {
            AccessToken = IssueAccessToken(boundDevice),
            IdToken = Tokens.IdToken(Issuer, Username!, ClientId, _time.GetUtcNow()),
            RefreshToken = newRefreshToken,
            ExpiresIn = 3600,
            TokenType = "Bearer",
        };
    }

    private string RequireLiveAccessToken(string accessToken)
    {
        if (!_accessTokens.Contains(accessToken))
        {
            throw new NotAuthorizedException("Invalid Access Token");
        }

        return _revokedAccessTokens.Contains(accessToken) ? throw new NotAuthorizedException("Access Token has been revoked") : accessToken;
    }
}
