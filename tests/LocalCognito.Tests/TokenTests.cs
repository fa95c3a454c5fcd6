using System.Text.Json.Nodes;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LocalCognito.Tests;

public sealed class TokenTests
{
    [Fact]
    public async Task Access_and_id_tokens_carry_Cognitos_claims()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        var issuer = t.Server.Endpoint.ToString().TrimEnd('/') + "/" + t.PoolId;

        var access = new JsonWebToken(tokens.AccessToken);
        Assert.Equal("RS256", access.Alg);
        Assert.Equal("access", access.GetPayloadValue<string>("token_use"));
        Assert.Equal(issuer, access.Issuer);
        Assert.Equal(t.ClientId, access.GetPayloadValue<string>("client_id"));
        Assert.Equal("tom", access.GetPayloadValue<string>("username"));
        Assert.Equal("aws.cognito.signin.user.admin", access.GetPayloadValue<string>("scope"));
        Assert.Equal(tokens.NewDeviceMetadata.DeviceKey, access.GetPayloadValue<string>("device_key"));
        foreach (var claim in new[] { "sub", "auth_time", "iat", "exp", "jti", "origin_jti", "event_id" })
        {
            Assert.True(access.TryGetClaim(claim, out _), claim);
        }

        Assert.Equal(3600, access.GetPayloadValue<long>("exp") - access.GetPayloadValue<long>("iat"));

        var id = new JsonWebToken(tokens.IdToken);
        Assert.Equal("id", id.GetPayloadValue<string>("token_use"));
        Assert.Equal(t.ClientId, id.GetPayloadValue<string>("aud"));
        Assert.Equal("tom", id.GetPayloadValue<string>("cognito:username"));
        Assert.Equal("tom@example.com", id.GetPayloadValue<string>("email"));
        Assert.True(id.GetPayloadValue<bool>("email_verified"));
        Assert.Equal(access.Subject, id.Subject);
        Assert.Equal(access.GetPayloadValue<string>("origin_jti"), id.GetPayloadValue<string>("origin_jti"));
    }

    [Fact]
    public async Task Tokens_verify_against_the_published_JWKS_and_discovery_document()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        var discovery = JsonNode.Parse(await t.Http.GetStringAsync($"/{t.PoolId}/.well-known/openid-configuration"))!;
        var issuer = discovery["issuer"]!.GetValue<string>();
        var jwks = new JsonWebKeySet(await t.Http.GetStringAsync(new Uri(discovery["jwks_uri"]!.GetValue<string>())));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(tokens.IdToken, new TokenValidationParameters
        {
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidIssuer = issuer,
            ValidAudience = t.ClientId,
            ValidateLifetime = false, // the fake clock is not the handler's clock
        });
        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task REFRESH_TOKEN_AUTH_issues_new_access_and_id_tokens()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        t.Time.Advance(TimeSpan.FromMinutes(61));
        await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.GetUserAsync(new GetUserRequest { AccessToken = tokens.AccessToken }));

        var refreshed = await t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = t.ClientId,
            AuthFlow = AuthFlowType.REFRESH_TOKEN_AUTH,
            AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = tokens.RefreshToken },
        });
        Assert.Null(refreshed.AuthenticationResult.RefreshToken);
        var user = await t.Client.GetUserAsync(new GetUserRequest { AccessToken = refreshed.AuthenticationResult.AccessToken });
        Assert.Equal("tom", user.Username);
    }

    [Fact]
    public async Task An_expired_access_token_says_so()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        t.Time.Advance(TimeSpan.FromMinutes(61));
        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.GetUserAsync(new GetUserRequest { AccessToken = tokens.AccessToken }));
        Assert.Equal("Access Token has expired", error.Message);
    }

    [Fact]
    public async Task GlobalSignOut_revokes_access_and_refresh_tokens()
    {
        await using var t = await TestServer.StartAsync();
        var (secret, tokens) = await t.EnrolledUserAsync("tom");
        await t.Client.GlobalSignOutAsync(new GlobalSignOutRequest { AccessToken = tokens.AccessToken });

        var access = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.GetUserAsync(new GetUserRequest { AccessToken = tokens.AccessToken }));
        Assert.Equal("Access Token has been revoked", access.Message);
        var refresh = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = t.ClientId,
            AuthFlow = AuthFlowType.REFRESH_TOKEN_AUTH,
            AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = tokens.RefreshToken },
        }));
        Assert.Equal("Refresh Token has been revoked", refresh.Message);

        // Signing in again gives tokens that work.
        t.NextStep();
        var challenge = await t.PasswordAuthAsync("tom");
        var again = await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = challenge.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = t.Code(secret) },
        });
        Assert.Equal("tom", (await t.Client.GetUserAsync(new GetUserRequest { AccessToken = again.AuthenticationResult.AccessToken })).Username);
    }

    [Fact]
    public async Task A_forged_access_token_is_invalid()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        var parts = tokens.AccessToken.Split('.');
        var forged = parts[0] + "." + parts[1] + "." + Base64UrlEncoder.Encode(new byte[256]);
        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.GetUserAsync(new GetUserRequest { AccessToken = forged }));
        Assert.Equal("Invalid Access Token", error.Message);
    }
}
