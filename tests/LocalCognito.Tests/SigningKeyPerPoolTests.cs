using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LocalCognito.Tests;

/// <summary>Every pool signs with its own RSA key, in memory as with a data folder: one pool's tokens never verify against another's JWKS.</summary>
public sealed class SigningKeyPerPoolTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_token_of_one_pool_does_not_verify_against_another_pools_JWKS(bool withDataFolder)
    {
        var folder = withDataFolder ? Directory.CreateTempSubdirectory("lc-keys-").FullName : null;
        try
        {
            await using var t = await TestServer.StartAsync(folder);
            var other = await CustomPool.CreateAsync(t);
            await other.SignUpConfirmedAsync("ann");
            var otherTokens = await other.SignInAsync("ann");
            var (_, defaultTokens) = await t.EnrolledUserAsync("tom");

            var defaultJwks = await JwksAsync(t, t.PoolId);
            var otherJwks = await JwksAsync(t, other.PoolId);
            Assert.NotEqual(defaultJwks.Keys.Single().Kid, otherJwks.Keys.Single().Kid);
            Assert.NotEqual(defaultJwks.Keys.Single().N, otherJwks.Keys.Single().N);

            Assert.True(await SignatureValidAsync(defaultTokens.IdToken, defaultJwks));
            Assert.True(await SignatureValidAsync(otherTokens.IdToken, otherJwks));
            Assert.False(await SignatureValidAsync(defaultTokens.IdToken, otherJwks));
            Assert.False(await SignatureValidAsync(otherTokens.AccessToken, defaultJwks));
        }
        finally
        {
            if (folder is not null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Two_in_memory_servers_do_not_share_a_key_either()
    {
        await using var first = await TestServer.StartAsync();
        await using var second = await TestServer.StartAsync();

        Assert.NotEqual((await JwksAsync(first, first.PoolId)).Keys.Single().N, (await JwksAsync(second, second.PoolId)).Keys.Single().N);
    }

    private static async Task<JsonWebKeySet> JwksAsync(TestServer t, string poolId)
    {
        var text = await t.Http.GetStringAsync($"/{poolId}/.well-known/jwks.json");
        Assert.Equal("RS256", JsonNode.Parse(text)!["keys"]![0]!["alg"]!.GetValue<string>());
        return new JsonWebKeySet(text);
    }

    // Only the signature is checked (issuer and audience off), as an app that trusts a JWKS without checking iss would.
    private static async Task<bool> SignatureValidAsync(string token, JsonWebKeySet jwks)
    {
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            TryAllIssuerSigningKeys = true,
        });
        return result.IsValid;
    }
}
