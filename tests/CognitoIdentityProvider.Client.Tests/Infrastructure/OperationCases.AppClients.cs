using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>App clients of a user pool.</summary>
public static partial class OperationCases
{
    private static IEnumerable<OperationCase> AppClientsCases()
    {
        yield return OperationCase.Create("ListUserPoolClients", true,
            new ListUserPoolClientsRequest { UserPoolId = PoolId, MaxResults = 5 },
            (c, r, ct) => c.ListUserPoolClientsAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","MaxResults":5}""",
            """{"UserPoolClients":[{"ClientId":"4tq8example3k6fn0c9a2rl6h","ClientName":"scenario-app","UserPoolId":"us-east-1_AbC123xyZ"}],"NextToken":"n2"}""",
            r =>
            {
                Assert.Equal("scenario-app", Assert.Single(r.UserPoolClients).ClientName);
                Assert.Equal("n2", r.NextToken);
            });

        yield return OperationCase.Create("DescribeUserPoolClient", true,
            new DescribeUserPoolClientRequest { UserPoolId = PoolId, ClientId = ClientId },
            (c, r, ct) => c.DescribeUserPoolClientAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h"}""",
            """
            {"UserPoolClient":{"ClientId":"4tq8example3k6fn0c9a2rl6h","ClientName":"scenario-app","UserPoolId":"us-east-1_AbC123xyZ",
              "ExplicitAuthFlows":["ALLOW_USER_SRP_AUTH","ALLOW_REFRESH_TOKEN_AUTH"],"AuthSessionValidity":3,"RefreshTokenValidity":30,
              "TokenValidityUnits":{"AccessToken":"hours","RefreshToken":"days"},"EnableTokenRevocation":true,"CreationDate":1700000000}}
            """,
            r =>
            {
                var client = r.UserPoolClient;
                Assert.Equal(["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], client.ExplicitAuthFlows);
                Assert.Equal(3, client.AuthSessionValidity);
                Assert.Equal(TimeUnitsType.Hours, client.TokenValidityUnits.AccessToken);
                Assert.Null(client.TokenValidityUnits.IdToken);
                Assert.True(client.EnableTokenRevocation);
                Assert.Null(client.ClientSecret);
            });

        yield return OperationCase.Create("CreateUserPoolClient", true,
            new CreateUserPoolClientRequest
            {
                UserPoolId = PoolId,
                ClientName = "scenario-app",
                GenerateSecret = false,
                ExplicitAuthFlows = ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                AuthSessionValidity = 3,
                AccessTokenValidity = 60,
                TokenValidityUnits = new TokenValidityUnitsType { AccessToken = TimeUnitsType.Minutes },
                PreventUserExistenceErrors = PreventUserExistenceErrorTypes.ENABLED,
                EnableTokenRevocation = true,
                ReadAttributes = [],
            },
            (c, r, ct) => c.CreateUserPoolClientAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","ClientName":"scenario-app","GenerateSecret":false,
             "ExplicitAuthFlows":["ALLOW_ADMIN_USER_PASSWORD_AUTH","ALLOW_USER_PASSWORD_AUTH","ALLOW_USER_SRP_AUTH","ALLOW_REFRESH_TOKEN_AUTH"],
             "AuthSessionValidity":3,"AccessTokenValidity":60,"TokenValidityUnits":{"AccessToken":"minutes"},
             "PreventUserExistenceErrors":"ENABLED","EnableTokenRevocation":true,"ReadAttributes":[]}
            """,
            """{"UserPoolClient":{"ClientId":"newclient","ClientName":"scenario-app","UserPoolId":"us-east-1_AbC123xyZ","PreventUserExistenceErrors":"ENABLED"}}""",
            r =>
            {
                Assert.Equal("newclient", r.UserPoolClient.ClientId);
                Assert.Equal(PreventUserExistenceErrorTypes.ENABLED, r.UserPoolClient.PreventUserExistenceErrors);
            });

        yield return OperationCase.Create("DeleteUserPoolClient", true,
            new DeleteUserPoolClientRequest { UserPoolId = PoolId, ClientId = ClientId },
            (c, r, ct) => c.DeleteUserPoolClientAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("UpdateUserPoolClient", true,
            new UpdateUserPoolClientRequest
            {
                UserPoolId = PoolId,
                ClientId = ClientId,
                ClientName = "scenario-app-v2",
                RefreshTokenValidity = 30,
                AccessTokenValidity = 1,
                IdTokenValidity = 60,
                TokenValidityUnits = new TokenValidityUnitsType { AccessToken = TimeUnitsType.Hours, IdToken = TimeUnitsType.Minutes, RefreshToken = TimeUnitsType.Days },
                ReadAttributes = ["email", "email_verified"],
                WriteAttributes = ["email"],
                ExplicitAuthFlows = ["ALLOW_USER_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                SupportedIdentityProviders = ["COGNITO"],
                CallbackURLs = ["https://app.example.com/callback"],
                LogoutURLs = ["https://app.example.com/signed-out"],
                DefaultRedirectURI = "https://app.example.com/callback",
                AllowedOAuthFlows = ["code"],
                AllowedOAuthScopes = ["openid", "email"],
                AllowedOAuthFlowsUserPoolClient = true,
                AnalyticsConfiguration = new AnalyticsConfigurationType
                {
                    ApplicationId = "0123456789abcdef0123456789abcdef",
                    RoleArn = "arn:aws:iam::123456789012:role/cognito-pinpoint",
                    ExternalId = "ext-2",
                    UserDataShared = false,
                },
                PreventUserExistenceErrors = PreventUserExistenceErrorTypes.ENABLED,
                EnableTokenRevocation = true,
                EnablePropagateAdditionalUserContextData = false,
                AuthSessionValidity = 15,
                RefreshTokenRotation = new RefreshTokenRotationType { Feature = FeatureType.ENABLED, RetryGracePeriodSeconds = 10 },
            },
            (c, r, ct) => c.UpdateUserPoolClientAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h","ClientName":"scenario-app-v2",
             "RefreshTokenValidity":30,"AccessTokenValidity":1,"IdTokenValidity":60,
             "TokenValidityUnits":{"AccessToken":"hours","IdToken":"minutes","RefreshToken":"days"},
             "ReadAttributes":["email","email_verified"],"WriteAttributes":["email"],
             "ExplicitAuthFlows":["ALLOW_USER_AUTH","ALLOW_USER_SRP_AUTH","ALLOW_REFRESH_TOKEN_AUTH"],
             "SupportedIdentityProviders":["COGNITO"],"CallbackURLs":["https://app.example.com/callback"],"LogoutURLs":["https://app.example.com/signed-out"],
             "DefaultRedirectURI":"https://app.example.com/callback","AllowedOAuthFlows":["code"],"AllowedOAuthScopes":["openid","email"],
             "AllowedOAuthFlowsUserPoolClient":true,
             "AnalyticsConfiguration":{"ApplicationId":"0123456789abcdef0123456789abcdef","RoleArn":"arn:aws:iam::123456789012:role/cognito-pinpoint",
                                       "ExternalId":"ext-2","UserDataShared":false},
             "PreventUserExistenceErrors":"ENABLED","EnableTokenRevocation":true,"EnablePropagateAdditionalUserContextData":false,
             "AuthSessionValidity":15,"RefreshTokenRotation":{"Feature":"ENABLED","RetryGracePeriodSeconds":10}}
            """,
            """
            {"UserPoolClient":{"UserPoolId":"us-east-1_AbC123xyZ","ClientName":"scenario-app-v2","ClientId":"4tq8example3k6fn0c9a2rl6h",
              "LastModifiedDate":1700003600,"CreationDate":1700000000,"RefreshTokenValidity":30,"AccessTokenValidity":1,"IdTokenValidity":60,
              "TokenValidityUnits":{"AccessToken":"hours","IdToken":"minutes","RefreshToken":"days"},
              "ReadAttributes":["email","email_verified"],"WriteAttributes":["email"],
              "ExplicitAuthFlows":["ALLOW_USER_AUTH","ALLOW_USER_SRP_AUTH","ALLOW_REFRESH_TOKEN_AUTH"],
              "SupportedIdentityProviders":["COGNITO"],"CallbackURLs":["https://app.example.com/callback"],"LogoutURLs":["https://app.example.com/signed-out"],
              "DefaultRedirectURI":"https://app.example.com/callback","AllowedOAuthFlows":["code"],"AllowedOAuthScopes":["openid","email"],
              "AllowedOAuthFlowsUserPoolClient":true,
              "AnalyticsConfiguration":{"ApplicationId":"0123456789abcdef0123456789abcdef","RoleArn":"arn:aws:iam::123456789012:role/cognito-pinpoint",
                                        "ExternalId":"ext-2","UserDataShared":false},
              "PreventUserExistenceErrors":"ENABLED","EnableTokenRevocation":true,"EnablePropagateAdditionalUserContextData":false,
              "AuthSessionValidity":15,"RefreshTokenRotation":{"Feature":"ENABLED","RetryGracePeriodSeconds":10}}}
            """,
            r =>
            {
                var client = r.UserPoolClient;
                Assert.Equal("scenario-app-v2", client.ClientName);
                Assert.Null(client.ClientSecret);
                Assert.Equal(Epoch1700000000.AddHours(1), client.LastModifiedDate);
                Assert.Equal(Epoch1700000000, client.CreationDate);
                Assert.Equal(30, client.RefreshTokenValidity);
                Assert.Equal(1, client.AccessTokenValidity);
                Assert.Equal(60, client.IdTokenValidity);
                Assert.Equal(TimeUnitsType.Minutes, client.TokenValidityUnits.IdToken);
                Assert.Equal(TimeUnitsType.Days, client.TokenValidityUnits.RefreshToken);
                Assert.Equal(["email", "email_verified"], client.ReadAttributes);
                Assert.Equal(["email"], client.WriteAttributes);
                Assert.Equal(["ALLOW_USER_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], client.ExplicitAuthFlows);
                Assert.Equal(["COGNITO"], client.SupportedIdentityProviders);
                Assert.Equal("https://app.example.com/callback", client.DefaultRedirectURI);
                Assert.Equal(["code"], client.AllowedOAuthFlows);
                Assert.Equal(["openid", "email"], client.AllowedOAuthScopes);
                Assert.True(client.AllowedOAuthFlowsUserPoolClient);
                Assert.Equal("ext-2", client.AnalyticsConfiguration.ExternalId);
                Assert.False(client.AnalyticsConfiguration.UserDataShared);
                Assert.Null(client.AnalyticsConfiguration.ApplicationArn);
                Assert.Equal(PreventUserExistenceErrorTypes.ENABLED, client.PreventUserExistenceErrors);
                Assert.True(client.EnableTokenRevocation);
                Assert.False(client.EnablePropagateAdditionalUserContextData);
                Assert.Equal(15, client.AuthSessionValidity);
                Assert.Equal(FeatureType.ENABLED, client.RefreshTokenRotation.Feature);
                Assert.Equal(10, client.RefreshTokenRotation.RetryGracePeriodSeconds);
            });
    }
}
