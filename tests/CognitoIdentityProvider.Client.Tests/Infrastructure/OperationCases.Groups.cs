using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>User pool groups and their members.</summary>
public static partial class OperationCases
{
    private const string GroupRoleArn = "arn:aws:iam::123456789012:role/scenario-admins";

    private static IEnumerable<OperationCase> GroupsCases()
    {

        yield return OperationCase.Create("CreateGroup", true,
            new CreateGroupRequest { GroupName = "admins", UserPoolId = PoolId, Description = "Pool administrators", RoleArn = GroupRoleArn, Precedence = 0 },
            (c, r, ct) => c.CreateGroupAsync(r, ct),
            """{"GroupName":"admins","UserPoolId":"us-east-1_AbC123xyZ","Description":"Pool administrators","RoleArn":"arn:aws:iam::123456789012:role/scenario-admins","Precedence":0}""",
            """
            {"Group":{"GroupName":"admins","UserPoolId":"us-east-1_AbC123xyZ","Description":"Pool administrators",
              "RoleArn":"arn:aws:iam::123456789012:role/scenario-admins","Precedence":0,"LastModifiedDate":1700000000,"CreationDate":1700000000}}
            """,
            r =>
            {
                Assert.Equal("admins", r.Group.GroupName);
                Assert.Equal(PoolId, r.Group.UserPoolId);
                Assert.Equal("Pool administrators", r.Group.Description);
                Assert.Equal(GroupRoleArn, r.Group.RoleArn);
                Assert.Equal(0, r.Group.Precedence);
                Assert.Equal(Epoch1700000000, r.Group.CreationDate);
                Assert.Equal(Epoch1700000000, r.Group.LastModifiedDate);
            });

        yield return OperationCase.Create("GetGroup", true,
            new GetGroupRequest { GroupName = "readers", UserPoolId = PoolId },
            (c, r, ct) => c.GetGroupAsync(r, ct),
            """{"GroupName":"readers","UserPoolId":"us-east-1_AbC123xyZ"}""",
            """{"Group":{"GroupName":"readers","UserPoolId":"us-east-1_AbC123xyZ","LastModifiedDate":1700003600.5,"CreationDate":1700000000}}""",
            r =>
            {
                Assert.Equal("readers", r.Group.GroupName);
                Assert.Null(r.Group.Description);
                Assert.Null(r.Group.RoleArn);
                Assert.Null(r.Group.Precedence);
                Assert.Equal(Epoch1700000000.AddHours(1).AddMilliseconds(500), r.Group.LastModifiedDate);
            });

        yield return OperationCase.Create("UpdateGroup", true,
            new UpdateGroupRequest { GroupName = "readers", UserPoolId = PoolId, Description = "Read-only users", RoleArn = GroupRoleArn, Precedence = 10 },
            (c, r, ct) => c.UpdateGroupAsync(r, ct),
            """{"GroupName":"readers","UserPoolId":"us-east-1_AbC123xyZ","Description":"Read-only users","RoleArn":"arn:aws:iam::123456789012:role/scenario-admins","Precedence":10}""",
            """
            {"Group":{"GroupName":"readers","UserPoolId":"us-east-1_AbC123xyZ","Description":"Read-only users",
              "RoleArn":"arn:aws:iam::123456789012:role/scenario-admins","Precedence":10,"LastModifiedDate":1700003600,"CreationDate":1700000000}}
            """,
            r =>
            {
                Assert.Equal("Read-only users", r.Group.Description);
                Assert.Equal(10, r.Group.Precedence);
                Assert.Equal(Epoch1700000000.AddHours(1), r.Group.LastModifiedDate);
                Assert.Equal(Epoch1700000000, r.Group.CreationDate);
            });

        yield return OperationCase.Create("DeleteGroup", true,
            new DeleteGroupRequest { GroupName = "readers", UserPoolId = PoolId },
            (c, r, ct) => c.DeleteGroupAsync(r, ct),
            """{"GroupName":"readers","UserPoolId":"us-east-1_AbC123xyZ"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("ListGroups", true,
            new ListGroupsRequest { UserPoolId = PoolId, Limit = 2, NextToken = "g-page-1" },
            (c, r, ct) => c.ListGroupsAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Limit":2,"NextToken":"g-page-1"}""",
            """
            {"Groups":[{"GroupName":"admins","UserPoolId":"us-east-1_AbC123xyZ","Precedence":0,"CreationDate":1700000000,"LastModifiedDate":1700000000},
                       {"GroupName":"readers","UserPoolId":"us-east-1_AbC123xyZ","Description":"Read-only users","CreationDate":1700000000}],
             "NextToken":"g-page-2"}
            """,
            r =>
            {
                Assert.Equal(["admins", "readers"], r.Groups.Select(g => g.GroupName));
                Assert.Equal(0, r.Groups[0].Precedence);
                Assert.Null(r.Groups[1].Precedence);
                Assert.Null(r.Groups[1].LastModifiedDate);
                Assert.Equal(Epoch1700000000, r.Groups[1].CreationDate);
                Assert.Equal("g-page-2", r.NextToken);
            });

        yield return OperationCase.Create("AdminAddUserToGroup", true,
            new AdminAddUserToGroupRequest { UserPoolId = PoolId, Username = "alice", GroupName = "admins" },
            (c, r, ct) => c.AdminAddUserToGroupAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice","GroupName":"admins"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("AdminRemoveUserFromGroup", true,
            new AdminRemoveUserFromGroupRequest { UserPoolId = PoolId, Username = "alice", GroupName = "admins" },
            (c, r, ct) => c.AdminRemoveUserFromGroupAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice","GroupName":"admins"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("AdminListGroupsForUser", true,
            new AdminListGroupsForUserRequest { Username = "alice", UserPoolId = PoolId, Limit = 60, NextToken = "ug-page-1" },
            (c, r, ct) => c.AdminListGroupsForUserAsync(r, ct),
            """{"Username":"alice","UserPoolId":"us-east-1_AbC123xyZ","Limit":60,"NextToken":"ug-page-1"}""",
            """
            {"Groups":[{"GroupName":"admins","UserPoolId":"us-east-1_AbC123xyZ","Description":"Pool administrators",
                        "RoleArn":"arn:aws:iam::123456789012:role/scenario-admins","Precedence":0,"CreationDate":1700000000,"LastModifiedDate":1700003600}]}
            """,
            r =>
            {
                var group = Assert.Single(r.Groups);
                Assert.Equal("admins", group.GroupName);
                Assert.Equal(GroupRoleArn, group.RoleArn);
                Assert.Equal(Epoch1700000000.AddHours(1), group.LastModifiedDate);
                Assert.Null(r.NextToken);
            });

        yield return OperationCase.Create("ListUsersInGroup", true,
            new ListUsersInGroupRequest { UserPoolId = PoolId, GroupName = "admins", Limit = 1, NextToken = "ig-page-1" },
            (c, r, ct) => c.ListUsersInGroupAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","GroupName":"admins","Limit":1,"NextToken":"ig-page-1"}""",
            """
            {"Users":[{"Username":"alice","Enabled":false,"UserStatus":"CONFIRMED","UserCreateDate":1700000000,"UserLastModifiedDate":1700003600,
                       "Attributes":[{"Name":"sub","Value":"5f1b"}],"MFAOptions":[{"DeliveryMedium":"SMS","AttributeName":"phone_number"}]}],
             "NextToken":"ig-page-2"}
            """,
            r =>
            {
                var user = Assert.Single(r.Users);
                Assert.Equal("alice", user.Username);
                Assert.False(user.Enabled);
                Assert.Equal(UserStatusType.CONFIRMED, user.UserStatus);
                Assert.Equal(Epoch1700000000, user.UserCreateDate);
                Assert.Equal(Epoch1700000000.AddHours(1), user.UserLastModifiedDate);
                Assert.Equal("5f1b", Assert.Single(user.Attributes).Value);
                Assert.Equal("phone_number", Assert.Single(user.MFAOptions).AttributeName);
                Assert.Equal("ig-page-2", r.NextToken);
            });
    }
}
