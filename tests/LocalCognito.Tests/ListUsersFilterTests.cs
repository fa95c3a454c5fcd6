using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>ListUsers filters: \" and \\ are the only escapes; anything malformed is InvalidParameterException, never a 500.</summary>
public sealed class ListUsersFilterTests
{
    [Theory]
    [InlineData("email = \"\\q\"")]
    [InlineData("email = \"\\u0041\"")]
    [InlineData("email = \"\\n\"")]
    [InlineData("email = \"a\\\"")]
    [InlineData("email = \"\\\"")]
    [InlineData("email = \"a")]
    [InlineData("email == \"a\"")]
    [InlineData("= \"a\"")]
    [InlineData("\"a\"")]
    public async Task A_malformed_filter_is_an_invalid_parameter(string filter)
    {
        await using var t = await TestServer.StartAsync();
        var error = await Assert.ThrowsAsync<InvalidParameterException>(() =>
            t.Client.ListUsersAsync(new ListUsersRequest { UserPoolId = t.PoolId, Filter = filter }));
        Assert.Equal("Error while parsing filter.", error.Message);
    }

    [Fact]
    public async Task Escaped_quotes_and_backslashes_match_literally()
    {
        await using var t = await TestServer.StartAsync();
        await t.Client.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = t.PoolId,
            Username = "quoted",
            MessageAction = MessageActionType.SUPPRESS,
            UserAttributes = [new AttributeType { Name = "name", Value = "say \"hi\" \\o/" }],
        });
        var found = await t.Client.ListUsersAsync(new ListUsersRequest { UserPoolId = t.PoolId, Filter = "name = \"say \\\"hi\\\" \\\\o/\"" });
        Assert.Equal("quoted", Assert.Single(found.Users).Username);
    }
}
