using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>Sessions after sign-in: refreshing and revoking tokens, signing out.</summary>
public static partial class OperationCases
{
    private static IEnumerable<OperationCase> SessionsCases()
    {
        yield return OperationCase.Create("GlobalSignOut", false,
            new GlobalSignOutRequest { AccessToken = "at" },
            (c, r, ct) => c.GlobalSignOutAsync(r, ct),
            """{"AccessToken":"at"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("AdminUserGlobalSignOut", true,
            new AdminUserGlobalSignOutRequest { UserPoolId = PoolId, Username = "alice" },
            (c, r, ct) => c.AdminUserGlobalSignOutAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        // The model's text for GetTokensFromRefreshToken is silent on IAM (the other noAuth operations say outright
        // that IAM credentials can't authorize them); the API reference lists it with the public, client-authorized
        // operations, the refresh token being the credential, so it is written here as unsigned.
        yield return OperationCase.Create("GetTokensFromRefreshToken", false,
            new GetTokensFromRefreshTokenRequest
            {
                RefreshToken = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIn0.refresh",
                ClientId = ClientId,
                ClientSecret = "1q2w3e4r5t6y7u8i9o0pexamplesecret",
                DeviceKey = "us-east-1_d1",
                ClientMetadata = new Dictionary<string, string> { ["trigger"] = "refresh" },
            },
            (c, r, ct) => c.GetTokensFromRefreshTokenAsync(r, ct),
            """
            {"RefreshToken":"eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIn0.refresh","ClientId":"4tq8example3k6fn0c9a2rl6h",
             "ClientSecret":"1q2w3e4r5t6y7u8i9o0pexamplesecret","DeviceKey":"us-east-1_d1","ClientMetadata":{"trigger":"refresh"}}
            """,
            """{"AuthenticationResult":{"AccessToken":"at2","ExpiresIn":3600,"TokenType":"Bearer","RefreshToken":"rt2","IdToken":"it2"}}""",
            r =>
            {
                Assert.Equal("at2", r.AuthenticationResult.AccessToken);
                Assert.Equal("it2", r.AuthenticationResult.IdToken);
                Assert.Equal("rt2", r.AuthenticationResult.RefreshToken);
                Assert.Equal(3600, r.AuthenticationResult.ExpiresIn);
                Assert.Equal("Bearer", r.AuthenticationResult.TokenType);
                Assert.Null(r.AuthenticationResult.NewDeviceMetadata);
            });

        yield return OperationCase.Create("RevokeToken", false,
            new RevokeTokenRequest { Token = "rt", ClientId = ClientId, ClientSecret = "1q2w3e4r5t6y7u8i9o0pexamplesecret" },
            (c, r, ct) => c.RevokeTokenAsync(r, ct),
            """{"Token":"rt","ClientId":"4tq8example3k6fn0c9a2rl6h","ClientSecret":"1q2w3e4r5t6y7u8i9o0pexamplesecret"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));
    }
}
