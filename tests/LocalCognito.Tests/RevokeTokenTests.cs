using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>RevokeToken ends one sign-in (its refresh token and the access tokens issued from it) and no other.</summary>
public sealed class RevokeTokenTests
{
    private static Task<RevokeTokenResponse> RevokeAsync(TestServer t, string token, string? clientId = null, string? secret = null) =>
        t.Client.RevokeTokenAsync(new RevokeTokenRequest { Token = token, ClientId = clientId ?? t.ClientId, ClientSecret = secret });

    [Fact]
    public async Task Revoking_a_refresh_token_ends_its_access_tokens_and_leaves_other_sign_ins_alone()
    {
        await using var t = await TestServer.StartAsync();
        var (secret, first) = await t.EnrolledUserAsync("tom");
        var second = await t.SignInAgainAsync("tom", secret);
        var refreshed = (await t.RefreshAsync(first.RefreshToken)).AuthenticationResult;

        await RevokeAsync(t, first.RefreshToken);

        foreach (var accessToken in new[] { first.AccessToken, refreshed.AccessToken })
        {
            var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.GetUserAsync(accessToken));
            Assert.Equal("Access Token has been revoked", error.Message);
        }

        var refresh = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.RefreshAsync(first.RefreshToken));
        Assert.Equal("Refresh Token has been revoked", refresh.Message);
        Assert.Equal("tom", (await t.GetUserAsync(second.AccessToken)).Username);
        Assert.NotNull((await t.RefreshAsync(second.RefreshToken)).AuthenticationResult.AccessToken);
        // Revoking again, or a token never issued, is accepted (as OAuth revocation is).
        await RevokeAsync(t, first.RefreshToken);
        await RevokeAsync(t, "not-a-token-we-issued");
    }

    [Fact]
    public async Task A_token_of_another_client_is_unauthorized()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        var other = await t.CreateClientAsync();

        var error = await Assert.ThrowsAsync<UnauthorizedException>(() => RevokeAsync(t, tokens.RefreshToken, other.ClientId));
        Assert.Equal("The token was not issued to this client.", error.Message);
        Assert.Equal("tom", (await t.GetUserAsync(tokens.AccessToken)).Username);
    }

    [Fact]
    public async Task An_access_token_is_an_unsupported_token_type()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");

        await Assert.ThrowsAsync<UnsupportedTokenTypeException>(() => RevokeAsync(t, tokens.AccessToken));
    }

    [Fact]
    public async Task A_client_with_revocation_off_refuses_and_a_client_with_a_secret_needs_it()
    {
        await using var t = await TestServer.StartAsync();
        var off = await t.CreateClientAsync(request => request.EnableTokenRevocation = false);
        Assert.False(off.EnableTokenRevocation);
        var error = await Assert.ThrowsAsync<UnsupportedOperationException>(() => RevokeAsync(t, "whatever", off.ClientId));
        Assert.Equal("Token revocation is not enabled for this client.", error.Message);

        var withSecret = await t.CreateClientAsync(request => request.GenerateSecret = true);
        await Assert.ThrowsAsync<UnauthorizedException>(() => RevokeAsync(t, "whatever", withSecret.ClientId));
        await Assert.ThrowsAsync<UnauthorizedException>(() => RevokeAsync(t, "whatever", withSecret.ClientId, new string('x', 51)));
        await RevokeAsync(t, "whatever", withSecret.ClientId, withSecret.ClientSecret);
    }

    [Fact]
    public async Task A_new_client_reports_the_documented_defaults()
    {
        await using var t = await TestServer.StartAsync();
        var created = await t.CreateClientAsync();
        var described = (await t.Client.DescribeUserPoolClientAsync(new DescribeUserPoolClientRequest { UserPoolId = t.PoolId, ClientId = created.ClientId }))
            .UserPoolClient;

        foreach (var client in new[] { created, described })
        {
            Assert.True(client.EnableTokenRevocation);
            Assert.Equal(30, client.RefreshTokenValidity);
            Assert.Equal(60, client.AccessTokenValidity);
            Assert.Equal(60, client.IdTokenValidity);
            Assert.Equal(TimeUnitsType.Minutes, client.TokenValidityUnits.AccessToken);
            Assert.Equal(TimeUnitsType.Minutes, client.TokenValidityUnits.IdToken);
            Assert.Equal(TimeUnitsType.Days, client.TokenValidityUnits.RefreshToken);
            Assert.Equal(3, client.AuthSessionValidity);
            Assert.Equal(PreventUserExistenceErrorTypes.LEGACY, client.PreventUserExistenceErrors);
            Assert.Equal(FeatureType.DISABLED, client.RefreshTokenRotation.Feature);
        }
    }

    [Fact]
    public async Task A_validity_given_without_units_is_reported_in_hours()
    {
        await using var t = await TestServer.StartAsync();
        var created = await t.CreateClientAsync(request => request.AccessTokenValidity = 2);

        Assert.Equal(2, created.AccessTokenValidity);
        Assert.Equal(TimeUnitsType.Hours, created.TokenValidityUnits.AccessToken);
        Assert.Equal(TimeUnitsType.Minutes, created.TokenValidityUnits.IdToken);
    }
}
