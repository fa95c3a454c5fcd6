using System.Text.Json.Nodes;
using CognitoSrp;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>Groups and memberships, and devices managed by administrators and users, as the AWS CLI v2 sees them.</summary>
public sealed class AwsCliGroupAndDeviceTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task Groups_and_memberships_through_their_whole_life()
    {
        using var aws = cognito.NewAwsCli();
        var group = TestUser.CreateUnique("grp").Username;
        var user = TestUser.CreateUnique("cli-member");
        await cognito.Users.CreateConfirmedAsync(user);
        string[] pool = ["--user-pool-id", cognito.UserPoolId];

        var created = (await aws.CognitoAsync("create-group", [.. pool, "--group-name", group, "--precedence", "2",
            "--role-arn", "arn:aws:iam::000000000000:role/Readers", "--description", "readers"])).ShouldSucceed()["Group"];
        Assert.True(created?["Precedence"]?.GetValue<int>() == 2, created?.ToJsonString());
        (await aws.CognitoAsync("create-group", [.. pool, "--group-name", group]))
            .ShouldFailWith("GroupExistsException", $"A group with the name {group} already exists.");
        var updated = (await aws.CognitoAsync("update-group", [.. pool, "--group-name", group, "--precedence", "7"])).ShouldSucceed()["Group"];
        Assert.True(updated?["Precedence"]?.GetValue<int>() == 7 && updated?["Description"]?.GetValue<string>() == "readers", updated?.ToJsonString());
        var got = (await aws.CognitoAsync("get-group", [.. pool, "--group-name", group])).ShouldSucceed()["Group"];
        Assert.True(got?["RoleArn"]?.GetValue<string>() == "arn:aws:iam::000000000000:role/Readers", got?.ToJsonString());
        var listed = (await aws.CognitoAsync("list-groups", [.. pool])).ShouldSucceed();
        Assert.Contains(group, Names(listed["Groups"], "GroupName"));

        (await aws.CognitoAsync("admin-add-user-to-group", [.. pool, "--username", user.Username, "--group-name", group])).ShouldSucceed();
        var groupsOfUser = (await aws.CognitoAsync("admin-list-groups-for-user", [.. pool, "--username", user.Username])).ShouldSucceed();
        Assert.Equal([group], Names(groupsOfUser["Groups"], "GroupName"));
        var members = (await aws.CognitoAsync("list-users-in-group", [.. pool, "--group-name", group])).ShouldSucceed();
        Assert.Equal([user.Username], Names(members["Users"], "Username"));
        (await aws.CognitoAsync("admin-remove-user-from-group", [.. pool, "--username", user.Username, "--group-name", group])).ShouldSucceed();
        var none = (await aws.CognitoAsync("list-users-in-group", [.. pool, "--group-name", group])).ShouldSucceed();
        Assert.Empty(Names(none["Users"], "Username"));

        (await aws.CognitoAsync("delete-group", [.. pool, "--group-name", group])).ShouldSucceed();
        (await aws.CognitoAsync("get-group", [.. pool, "--group-name", group])).ShouldFailWith("ResourceNotFoundException", "Group not found.");
    }

    [Fact]
    public async Task Devices_are_listed_read_marked_not_remembered_and_forgotten()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-devices");
        var enrolled = await cognito.Users.CreateEnrolledAsync(user);
        var metadata = enrolled.AuthenticationResult["NewDeviceMetadata"]!;
        var deviceKey = metadata["DeviceKey"]!.GetValue<string>();
        var secret = DeviceSecrets.Create(metadata["DeviceGroupKey"]!.GetValue<string>(), deviceKey);
        await new CognitoWire(cognito.Http).CallAsync("ConfirmDevice", new JsonObject
        {
            ["AccessToken"] = enrolled.AccessToken,
            ["DeviceKey"] = deviceKey,
            ["DeviceSecretVerifierConfig"] = new JsonObject { ["PasswordVerifier"] = secret.PasswordVerifier, ["Salt"] = secret.Salt },
        });
        string[] owner = ["--user-pool-id", cognito.UserPoolId, "--username", user.Username];

        var listed = (await aws.CognitoAsync("admin-list-devices", owner)).ShouldSucceed();
        Assert.Equal([deviceKey], Names(listed["Devices"], "DeviceKey"));
        Assert.Equal("remembered", Status((await aws.CognitoAsync("admin-get-device", [.. owner, "--device-key", deviceKey])).ShouldSucceed()));

        (await aws.CognitoAsync("update-device-status", "--access-token", enrolled.AccessToken, "--device-key", deviceKey,
            "--device-remembered-status", "not_remembered")).ShouldSucceed();
        Assert.Equal("not_remembered", Status((await aws.CognitoAsync("get-device", "--access-token", enrolled.AccessToken,
            "--device-key", deviceKey)).ShouldSucceed()));
        (await aws.CognitoAsync("admin-update-device-status", [.. owner, "--device-key", deviceKey,
            "--device-remembered-status", "remembered"])).ShouldSucceed();
        Assert.Equal("remembered", Status((await aws.CognitoAsync("admin-get-device", [.. owner, "--device-key", deviceKey])).ShouldSucceed()));

        (await aws.CognitoAsync("admin-forget-device", [.. owner, "--device-key", deviceKey])).ShouldSucceed();
        (await aws.CognitoAsync("admin-get-device", [.. owner, "--device-key", deviceKey]))
            .ShouldFailWith("ResourceNotFoundException", "Device does not exist.");
    }

    private static List<string> Names(JsonNode? items, string member) =>
        (items as JsonArray ?? []).Select(item => item?[member]?.GetValue<string>() ?? "").ToList();

    private static string Status(JsonObject response) =>
        (response["Device"]?["DeviceAttributes"] as JsonArray ?? [])
        .Single(attribute => attribute?["Name"]?.GetValue<string>() == "dev:device_remembered_status")?["Value"]?.GetValue<string>() ?? "";
}
