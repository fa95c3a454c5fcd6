using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>Users read, created, changed and deleted by an administrator (and the signed-in user reading or deleting itself).</summary>
public static partial class OperationCases
{
    private static IEnumerable<OperationCase> UserAdminCases()
    {
        yield return OperationCase.Create("AdminGetUser", true,
            new AdminGetUserRequest { UserPoolId = PoolId, Username = "alice" },
            (c, r, ct) => c.AdminGetUserAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice"}""",
            """
            {"Username":"alice","Enabled":true,"UserStatus":"CONFIRMED","UserCreateDate":1700000000,"UserLastModifiedDate":1700000000.5,
             "UserAttributes":[{"Name":"sub","Value":"5f1b"},{"Name":"email","Value":"alice@example.com"}],
             "MFAOptions":[{"DeliveryMedium":"SMS","AttributeName":"phone_number"}],
             "PreferredMfaSetting":"SOFTWARE_TOKEN_MFA","UserMFASettingList":["SOFTWARE_TOKEN_MFA"]}
            """,
            r =>
            {
                Assert.Equal("alice", r.Username);
                Assert.True(r.Enabled);
                Assert.Equal(UserStatusType.CONFIRMED, r.UserStatus);
                Assert.Equal(Epoch1700000000, r.UserCreateDate);
                Assert.Equal(Epoch1700000000.AddMilliseconds(500), r.UserLastModifiedDate);
                Assert.Equal(["sub", "email"], r.UserAttributes.Select(a => a.Name));
                Assert.Equal(DeliveryMediumType.SMS, Assert.Single(r.MFAOptions).DeliveryMedium);
                Assert.Equal("SOFTWARE_TOKEN_MFA", r.PreferredMfaSetting);
                Assert.Equal(["SOFTWARE_TOKEN_MFA"], r.UserMFASettingList);
            });

        yield return OperationCase.Create("GetUser", false,
            new GetUserRequest { AccessToken = "access-token" },
            (c, r, ct) => c.GetUserAsync(r, ct),
            """{"AccessToken":"access-token"}""",
            """{"Username":"alice","UserAttributes":[{"Name":"email_verified","Value":"true"}],"UserMFASettingList":["SOFTWARE_TOKEN_MFA"]}""",
            r =>
            {
                Assert.Equal("alice", r.Username);
                Assert.Equal("true", Assert.Single(r.UserAttributes).Value);
                Assert.Null(r.MFAOptions);
                Assert.Null(r.PreferredMfaSetting);
            });

        yield return OperationCase.Create("ListUsers", true,
            new ListUsersRequest { UserPoolId = PoolId, AttributesToGet = ["email", "sub"], Filter = "username = \"alice\"", Limit = 10, PaginationToken = "p1" },
            (c, r, ct) => c.ListUsersAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","AttributesToGet":["email","sub"],"Filter":"username = \"alice\"","Limit":10,"PaginationToken":"p1"}""",
            """
            {"Users":[{"Username":"alice","Enabled":true,"UserStatus":"UNCONFIRMED","UserCreateDate":1700000000,
                       "Attributes":[{"Name":"email","Value":"alice@example.com"}]}],
             "PaginationToken":"p2"}
            """,
            r =>
            {
                var user = Assert.Single(r.Users);
                Assert.Equal(UserStatusType.UNCONFIRMED, user.UserStatus);
                Assert.Equal(Epoch1700000000, user.UserCreateDate);
                Assert.Null(user.UserLastModifiedDate);
                Assert.Equal("alice@example.com", Assert.Single(user.Attributes).Value);
                Assert.Equal("p2", r.PaginationToken);
            });

        yield return OperationCase.Create("AdminCreateUser", true,
            new AdminCreateUserRequest
            {
                UserPoolId = PoolId,
                Username = "bob",
                TemporaryPassword = "Temp0rary!",
                MessageAction = MessageActionType.SUPPRESS,
                DesiredDeliveryMediums = ["EMAIL"],
                ForceAliasCreation = true,
                UserAttributes = [new AttributeType { Name = "email", Value = "bob@example.com" }, new AttributeType { Name = "email_verified", Value = "true" }],
            },
            (c, r, ct) => c.AdminCreateUserAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","Username":"bob","TemporaryPassword":"Temp0rary!","MessageAction":"SUPPRESS",
             "DesiredDeliveryMediums":["EMAIL"],"ForceAliasCreation":true,
             "UserAttributes":[{"Name":"email","Value":"bob@example.com"},{"Name":"email_verified","Value":"true"}]}
            """,
            """{"User":{"Username":"bob","UserStatus":"FORCE_CHANGE_PASSWORD","Enabled":true,"UserCreateDate":1700000000,"Attributes":[]}}""",
            r =>
            {
                Assert.Equal(UserStatusType.FORCE_CHANGE_PASSWORD, r.User.UserStatus);
                Assert.Empty(r.User.Attributes);
            });

        yield return OperationCase.Create("AdminDeleteUser", true,
            new AdminDeleteUserRequest { UserPoolId = PoolId, Username = "alice" },
            (c, r, ct) => c.AdminDeleteUserAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("DeleteUser", false,
            new DeleteUserRequest { AccessToken = "at" },
            (c, r, ct) => c.DeleteUserAsync(r, ct),
            """{"AccessToken":"at"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("AdminDisableUser", true,
            new AdminDisableUserRequest { UserPoolId = PoolId, Username = "bob" },
            (c, r, ct) => c.AdminDisableUserAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"bob"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("AdminEnableUser", true,
            new AdminEnableUserRequest { UserPoolId = PoolId, Username = "bob" },
            (c, r, ct) => c.AdminEnableUserAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"bob"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("AdminUpdateUserAttributes", true,
            new AdminUpdateUserAttributesRequest
            {
                UserPoolId = PoolId,
                Username = "bob",
                UserAttributes =
                [
                    new AttributeType { Name = "email", Value = "bob@example.org" },
                    new AttributeType { Name = "email_verified", Value = "true" },
                    new AttributeType { Name = "custom:plan" },
                ],
                ClientMetadata = new Dictionary<string, string> { ["reason"] = "support-ticket-42" },
            },
            (c, r, ct) => c.AdminUpdateUserAttributesAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","Username":"bob",
             "UserAttributes":[{"Name":"email","Value":"bob@example.org"},{"Name":"email_verified","Value":"true"},{"Name":"custom:plan"}],
             "ClientMetadata":{"reason":"support-ticket-42"}}
            """,
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("AdminDeleteUserAttributes", true,
            new AdminDeleteUserAttributesRequest { UserPoolId = PoolId, Username = "bob", UserAttributeNames = ["custom:plan", "nickname"] },
            (c, r, ct) => c.AdminDeleteUserAttributesAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"bob","UserAttributeNames":["custom:plan","nickname"]}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));
    }
}
