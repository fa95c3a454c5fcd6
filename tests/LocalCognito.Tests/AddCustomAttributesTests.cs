using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>AddCustomAttributes, then the attributes in use: value rules, mutability, and the schema DescribeUserPool reports.</summary>
public sealed class AddCustomAttributesTests
{
    private static Task AddAsync(TestServer t, string poolId, params SchemaAttributeType[] attributes) =>
        t.Client.AddCustomAttributesAsync(new AddCustomAttributesRequest { UserPoolId = poolId, CustomAttributes = [.. attributes] });

    private static SchemaAttributeType Text(string name, string min, string max, bool mutable = true) => new()
    {
        Name = name, AttributeDataType = AttributeDataType.String, Mutable = mutable,
        StringAttributeConstraints = new StringAttributeConstraintsType { MinLength = min, MaxLength = max },
    };

    [Fact]
    public async Task Added_attributes_are_in_the_schema_and_their_values_follow_its_rules()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t);
        await AddAsync(t, pool.PoolId, Text("team", "2", "8"), Text("badge", "1", "10", mutable: false), new SchemaAttributeType
        {
            Name = "level", AttributeDataType = AttributeDataType.Number,
            NumberAttributeConstraints = new NumberAttributeConstraintsType { MinValue = "1", MaxValue = "5" },
        });

        var schema = (await t.Client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = pool.PoolId })).UserPool.SchemaAttributes;
        var team = Assert.Single(schema, attribute => attribute.Name == "custom:team");
        Assert.Equal(("2", "8", true, false), (team.StringAttributeConstraints.MinLength, team.StringAttributeConstraints.MaxLength, team.Mutable, team.Required));
        Assert.Equal("5", Assert.Single(schema, attribute => attribute.Name == "custom:level").NumberAttributeConstraints.MaxValue);

        await pool.SignUpConfirmedAsync("ana", new AttributeType { Name = "custom:team", Value = "blue" },
            new AttributeType { Name = "custom:badge", Value = "B-1" }, new AttributeType { Name = "custom:level", Value = "3" });
        var attributes = await pool.AttributesAsync("ana");
        Assert.Equal(("blue", "B-1", "3"), (attributes["custom:team"], attributes["custom:badge"], attributes["custom:level"]));

        Task Update(string name, string value) => t.Client.AdminUpdateUserAttributesAsync(new AdminUpdateUserAttributesRequest
        {
            UserPoolId = pool.PoolId, Username = "ana", UserAttributes = [new AttributeType { Name = name, Value = value }],
        });
        var tooLong = await Assert.ThrowsAsync<InvalidParameterException>(() => Update("custom:team", "ultraviolet"));
        Assert.Equal("Attributes did not conform to the schema: custom:team: String must be no longer than 8 characters", tooLong.Message);
        await Assert.ThrowsAsync<InvalidParameterException>(() => Update("custom:team", "x"));
        var tooBig = await Assert.ThrowsAsync<InvalidParameterException>(() => Update("custom:level", "6"));
        Assert.Equal("Attributes did not conform to the schema: custom:level: Number must be no greater than 5", tooBig.Message);
        await Assert.ThrowsAsync<InvalidParameterException>(() => Update("custom:level", "two"));
        var immutable = await Assert.ThrowsAsync<InvalidParameterException>(() => Update("custom:badge", "B-2"));
        Assert.Equal("user.custom:badge: Attribute cannot be updated.", immutable.Message);
        await Update("custom:level", "5");
        Assert.Equal("5", (await pool.AttributesAsync("ana"))["custom:level"]);
        await Assert.ThrowsAsync<InvalidParameterException>(() => Update("custom:unknown", "x"));
    }

    [Fact]
    public async Task Duplicates_required_developer_only_and_bad_constraints_are_refused_and_nothing_is_added()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t);

        var duplicate = await Assert.ThrowsAsync<InvalidParameterException>(() => AddAsync(t, pool.PoolId, Text("fresh", "0", "9"), Text("plan", "0", "9")));
        Assert.Equal("Existing attribute already has name custom:plan.", duplicate.Message);
        var required = await Assert.ThrowsAsync<InvalidParameterException>(() => AddAsync(t, pool.PoolId, new SchemaAttributeType
        {
            Name = "must", AttributeDataType = AttributeDataType.String, Required = true,
        }));
        Assert.Equal("Required custom attributes are not supported currently.", required.Message);
        await Assert.ThrowsAsync<InvalidParameterException>(() => AddAsync(t, pool.PoolId, new SchemaAttributeType
        {
            Name = "secret", AttributeDataType = AttributeDataType.String, DeveloperOnlyAttribute = true,
        }));
        await Assert.ThrowsAsync<InvalidParameterException>(() => AddAsync(t, pool.PoolId, Text("huge", "0", "4096")));

        var schema = (await t.Client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = pool.PoolId })).UserPool.SchemaAttributes;
        Assert.DoesNotContain(schema, attribute => attribute.Name == "custom:fresh");
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => AddAsync(t, "us-east-1_NoSuchPool", Text("x", "0", "1")));
    }
}
