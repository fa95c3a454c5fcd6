using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>
/// App client token lifetimes outside Cognito's documented ranges are refused at creation. Before, 315360000 days
/// (in range for the model, which counts seconds) overflowed at the first sign-in: an InternalErrorException.
/// </summary>
public sealed class TokenValidityRangeTests
{
    [Theory]
    [InlineData(315_360_000, null, null, "days")]
    [InlineData(null, 2, null, "days")]
    [InlineData(null, 4, null, "minutes")]
    [InlineData(null, null, 25, "hours")]
    [InlineData(59, null, null, "minutes")]
    [InlineData(3651, null, null, "days")]
    public async Task Out_of_range_lifetimes_are_invalid_parameters(int? refresh, int? access, int? id, string unit)
    {
        await using var t = await TestServer.StartAsync();
        var units = new TimeUnitsType(unit);
        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = t.PoolId,
            ClientName = "lifetimes",
            RefreshTokenValidity = refresh,
            AccessTokenValidity = access,
            IdTokenValidity = id,
            TokenValidityUnits = new TokenValidityUnitsType { AccessToken = units, IdToken = units, RefreshToken = units },
        }));
        Assert.Equal("Invalid range for token validity.", error.Message);
    }

    [Fact]
    public async Task The_longest_documented_lifetimes_sign_in()
    {
        await using var t = await TestServer.StartAsync();
        // A pool without MFA, so the sign-in issues tokens at once.
        var pool = (await t.Client.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "no-mfa" })).UserPool.Id;
        var created = await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = pool,
            ClientName = "longest",
            RefreshTokenValidity = 3650,
            AccessTokenValidity = 1,
            IdTokenValidity = 24,
            TokenValidityUnits = new TokenValidityUnitsType { AccessToken = TimeUnitsType.Days, IdToken = TimeUnitsType.Hours, RefreshToken = TimeUnitsType.Days },
            ExplicitAuthFlows = [ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH],
        });
        await t.Client.AdminCreateUserAsync(new AdminCreateUserRequest { UserPoolId = pool, Username = "tom", MessageAction = MessageActionType.SUPPRESS });
        await t.Client.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest { UserPoolId = pool, Username = "tom", Password = TestServer.Password, Permanent = true });
        var signedIn = await t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = created.UserPoolClient.ClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom", ["PASSWORD"] = TestServer.Password },
        });
        Assert.Equal(86400, signedIn.AuthenticationResult.ExpiresIn);
        Assert.NotNull(signedIn.AuthenticationResult.RefreshToken);
    }
}
