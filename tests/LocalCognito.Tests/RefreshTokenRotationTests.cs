using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>GetTokensFromRefreshToken, with and without the client's refresh-token rotation, and UpdateUserPoolClient.</summary>
public sealed class RefreshTokenRotationTests
{
    private static Task<GetTokensFromRefreshTokenResponse> RefreshAsync(TestServer t, string refreshToken, string? clientId = null,
        string? deviceKey = null, string? secret = null) =>
        t.Client.GetTokensFromRefreshTokenAsync(new GetTokensFromRefreshTokenRequest
        {
            RefreshToken = refreshToken,
            ClientId = clientId ?? t.ClientId,
            DeviceKey = deviceKey,
            ClientSecret = secret,
        });

    private static async Task<(TestServer T, string ClientId, AuthenticationResultType Tokens)> RotatingClientAsync(int graceSeconds)
    {
        var t = await TestServer.StartAsync();
        var (secret, _) = await t.EnrolledUserAsync("tom");
        var client = await t.CreateClientAsync(request => request.RefreshTokenRotation =
            new RefreshTokenRotationType { Feature = FeatureType.ENABLED, RetryGracePeriodSeconds = graceSeconds });
        Assert.Equal(FeatureType.ENABLED, client.RefreshTokenRotation.Feature);
        return (t, client.ClientId, await t.SignInAgainAsync("tom", secret, client.ClientId));
    }

    [Fact]
    public async Task Without_rotation_new_access_and_id_tokens_come_and_the_refresh_token_stays()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");

        var result = (await RefreshAsync(t, tokens.RefreshToken)).AuthenticationResult;
        Assert.Null(result.RefreshToken);
        Assert.Equal("tom", (await t.GetUserAsync(result.AccessToken)).Username);
        Assert.NotNull((await RefreshAsync(t, tokens.RefreshToken)).AuthenticationResult.IdToken);
    }

    [Fact]
    public async Task With_rotation_the_old_token_works_within_the_grace_period_then_is_reuse()
    {
        var (t, clientId, tokens) = await RotatingClientAsync(graceSeconds: 10);
        await using var _ = t;

        var rotated = (await RefreshAsync(t, tokens.RefreshToken, clientId)).AuthenticationResult;
        Assert.False(string.IsNullOrEmpty(rotated.RefreshToken));
        Assert.NotEqual(tokens.RefreshToken, rotated.RefreshToken);
        Assert.Equal("tom", (await t.GetUserAsync(rotated.AccessToken)).Username);

        t.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.NotNull((await RefreshAsync(t, tokens.RefreshToken, clientId)).AuthenticationResult.RefreshToken);

        t.Time.Advance(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<RefreshTokenReuseException>(() => RefreshAsync(t, tokens.RefreshToken, clientId));
        var next = (await RefreshAsync(t, rotated.RefreshToken, clientId)).AuthenticationResult;
        Assert.NotEqual(rotated.RefreshToken, next.RefreshToken);
    }

    [Fact]
    public async Task With_no_grace_period_the_old_token_is_reuse_at_once_and_REFRESH_TOKEN_AUTH_is_refused()
    {
        var (t, clientId, tokens) = await RotatingClientAsync(graceSeconds: 0);
        await using var _ = t;

        await RefreshAsync(t, tokens.RefreshToken, clientId);
        t.Time.Advance(TimeSpan.FromMilliseconds(1));
        await Assert.ThrowsAsync<RefreshTokenReuseException>(() => RefreshAsync(t, tokens.RefreshToken, clientId));
        await Assert.ThrowsAsync<InvalidParameterException>(() => t.RefreshAsync(tokens.RefreshToken, clientId));
    }

    [Fact]
    public async Task Bad_refresh_tokens_and_client_secrets_are_not_authorized()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        var other = await t.CreateClientAsync(request => request.GenerateSecret = true);

        var invalid = await Assert.ThrowsAsync<NotAuthorizedException>(() => RefreshAsync(t, "unknown-token"));
        Assert.Equal("Invalid Refresh Token", invalid.Message);
        await Assert.ThrowsAsync<NotAuthorizedException>(() => RefreshAsync(t, tokens.RefreshToken, other.ClientId));
        var secret = await Assert.ThrowsAsync<NotAuthorizedException>(() => RefreshAsync(t, tokens.RefreshToken, other.ClientId, secret: new string('x', 51)));
        Assert.Equal($"Unable to verify client secret for client {other.ClientId}", secret.Message);

        t.Time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));
        var expired = await Assert.ThrowsAsync<NotAuthorizedException>(() => RefreshAsync(t, tokens.RefreshToken));
        Assert.Equal("Refresh Token has expired", expired.Message);
    }

    [Fact]
    public async Task A_sign_in_on_a_remembered_device_refreshes_only_with_its_device_key()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        var device = tokens.NewDeviceMetadata;
        await t.RememberDeviceAsync(tokens);

        var missing = await Assert.ThrowsAsync<NotAuthorizedException>(() => RefreshAsync(t, tokens.RefreshToken));
        Assert.Equal("Invalid Refresh Token", missing.Message);
        await Assert.ThrowsAsync<NotAuthorizedException>(() => RefreshAsync(t, tokens.RefreshToken, deviceKey: t.Server.Region + "_" + Guid.NewGuid()));
        Assert.NotNull((await RefreshAsync(t, tokens.RefreshToken, deviceKey: device.DeviceKey)).AuthenticationResult.AccessToken);
    }

    [Fact]
    public async Task REFRESH_TOKEN_AUTH_on_a_remembered_device_needs_its_DEVICE_KEY_too()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        var device = tokens.NewDeviceMetadata;
        await t.RememberDeviceAsync(tokens);

        Task<InitiateAuthResponse> RefreshWithDeviceKey(string? deviceKey)
        {
            var parameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = tokens.RefreshToken };
            if (deviceKey is not null)
            {
                parameters["DEVICE_KEY"] = deviceKey;
            }

            return t.Client.InitiateAuthAsync(new InitiateAuthRequest { ClientId = t.ClientId, AuthFlow = AuthFlowType.REFRESH_TOKEN_AUTH, AuthParameters = parameters });
        }

        var missing = await Assert.ThrowsAsync<NotAuthorizedException>(() => RefreshWithDeviceKey(null));
        Assert.Equal("Invalid Refresh Token", missing.Message);
        await Assert.ThrowsAsync<NotAuthorizedException>(() => RefreshWithDeviceKey(t.Server.Region + "_" + Guid.NewGuid()));
        Assert.NotNull((await RefreshWithDeviceKey(device.DeviceKey)).AuthenticationResult.AccessToken);
    }

    [Fact]
    public async Task UpdateUserPoolClient_turns_rotation_on_and_resets_what_it_omits()
    {
        await using var t = await TestServer.StartAsync();
        var created = await t.CreateClientAsync(request =>
        {
            request.PreventUserExistenceErrors = PreventUserExistenceErrorTypes.ENABLED;
            request.EnableTokenRevocation = false;
        });

        var updated = (await t.Client.UpdateUserPoolClientAsync(new UpdateUserPoolClientRequest
        {
            UserPoolId = t.PoolId,
            ClientId = created.ClientId,
            RefreshTokenRotation = new RefreshTokenRotationType { Feature = FeatureType.ENABLED, RetryGracePeriodSeconds = 30 },
        })).UserPoolClient;
        var described = (await t.Client.DescribeUserPoolClientAsync(new DescribeUserPoolClientRequest { UserPoolId = t.PoolId, ClientId = created.ClientId }))
            .UserPoolClient;

        foreach (var client in new[] { updated, described })
        {
            Assert.Equal("app", client.ClientName);
            Assert.Equal(FeatureType.ENABLED, client.RefreshTokenRotation.Feature);
            Assert.Equal(30, client.RefreshTokenRotation.RetryGracePeriodSeconds);
            Assert.Equal(PreventUserExistenceErrorTypes.LEGACY, client.PreventUserExistenceErrors);
            Assert.True(client.EnableTokenRevocation);
            Assert.Equal(["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH"], client.ExplicitAuthFlows);
        }

        await Assert.ThrowsAsync<ResourceNotFoundException>(() => t.Client.UpdateUserPoolClientAsync(new UpdateUserPoolClientRequest
        {
            UserPoolId = t.PoolId,
            ClientId = "nosuchclient",
        }));
    }
}
