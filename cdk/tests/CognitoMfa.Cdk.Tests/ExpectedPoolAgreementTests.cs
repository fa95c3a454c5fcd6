using System.Text.Json.Nodes;

namespace CognitoMfa.Cdk.Tests;

/// <summary>
/// Every setting in src/LocalCognito/Defaults/default-user-pool.json (the pool LocalCognito creates) is what
/// the synthesized template deploys. Reads the file on its own, not through the app's loader.
/// </summary>
[Collection(SynthesizedStackCollection.Name)]
public sealed class ExpectedPoolAgreementTests(SynthesizedStackFixture stack)
{
    private JsonObject FilePool => stack.ExpectedPool["UserPool"]!.AsObject();
    private JsonObject FileClient => stack.ExpectedPool["UserPoolClient"]!.AsObject();
    private JsonObject TemplatePool => stack.PropertiesOf("AWS::Cognito::UserPool");
    private JsonObject TemplateClient => stack.PropertiesOf("AWS::Cognito::UserPoolClient");

    // The members this class checks. A member added to the file fails here until a check exists for it.
    public static TheoryData<string, string[]> CheckedMembers => new()
    {
        { "", ["UserPool", "EnabledMfas", "UserPoolClient"] },
        { "UserPool", ["PoolName", "Policies", "AutoVerifiedAttributes", "UsernameConfiguration", "MfaConfiguration",
                       "DeviceConfiguration", "AdminCreateUserConfig", "Schema"] },
        { "UserPoolClient", ["ClientName", "GenerateSecret", "ExplicitAuthFlows", "AuthSessionValidity", "AccessTokenValidity",
                             "IdTokenValidity", "RefreshTokenValidity", "TokenValidityUnits", "PreventUserExistenceErrors"] },
    };

    [Theory]
    [MemberData(nameof(CheckedMembers))]
    public void Every_member_of_the_file_has_a_check(string section, string[] checkedMembers)
    {
        var node = section.Length == 0 ? stack.ExpectedPool : stack.ExpectedPool[section]!.AsObject();
        Assert.Equal(checkedMembers.Order(), node.Select(member => member.Key).Order());
    }

    [Theory]
    [InlineData("Policies")]
    [InlineData("UsernameConfiguration")]
    [InlineData("MfaConfiguration")]
    [InlineData("DeviceConfiguration")]
    [InlineData("AdminCreateUserConfig")]
    public void Pool_setting_is_deployed_as_is(string member)
    {
        // CloudFormation uses CreateUserPool's member names and shapes for these.
        AssertJsonEqual(FilePool[member], TemplatePool[member]);
    }

    [Fact]
    public void Pool_name_agrees() => AssertJsonEqual(FilePool["PoolName"], TemplatePool["UserPoolName"]);

    [Fact]
    public void Auto_verified_attributes_agree() =>
        Assert.Equal(Strings(FilePool["AutoVerifiedAttributes"]).Order(), Strings(TemplatePool["AutoVerifiedAttributes"]).Order());

    [Fact]
    public void Enabled_mfas_agree() =>
        Assert.Equal(Strings(stack.ExpectedPool["EnabledMfas"]).Order(), Strings(TemplatePool["EnabledMfas"]).Order());

    [Fact]
    public void Schema_agrees()
    {
        var fileSchema = FilePool["Schema"]!.AsArray();
        var templateSchema = TemplatePool["Schema"]!.AsArray();
        Assert.Equal(fileSchema.Count, templateSchema.Count);

        foreach (var fileAttribute in fileSchema)
        {
            var name = (string)fileAttribute!["Name"]!;
            var deployed = Assert.Single(templateSchema, attribute => (string?)attribute!["Name"] == name)!;
            AssertJsonEqual(fileAttribute["Required"], deployed["Required"]);
            AssertJsonEqual(fileAttribute["Mutable"], deployed["Mutable"]);
            // The CDK leaves out the data type of standard attributes, which are always String.
            Assert.Equal((string)fileAttribute["AttributeDataType"]!, (string?)deployed["AttributeDataType"] ?? "String");
        }
    }

    [Theory]
    [InlineData("ClientName")]
    [InlineData("GenerateSecret")]
    [InlineData("AuthSessionValidity")] // minutes on both sides
    [InlineData("PreventUserExistenceErrors")]
    public void Client_setting_is_deployed_as_is(string member) => AssertJsonEqual(FileClient[member], TemplateClient[member]);

    [Fact]
    public void Explicit_auth_flows_agree() =>
        Assert.Equal(Strings(FileClient["ExplicitAuthFlows"]).Order(), Strings(TemplateClient["ExplicitAuthFlows"]).Order());

    // The CDK states every validity in minutes, so compare lengths of time, not numbers.
    [Theory]
    [InlineData("AccessTokenValidity", "AccessToken")]
    [InlineData("IdTokenValidity", "IdToken")]
    [InlineData("RefreshTokenValidity", "RefreshToken")]
    public void Token_validity_agrees(string validityMember, string unitMember)
    {
        Assert.Equal(Validity(FileClient, validityMember, unitMember), Validity(TemplateClient, validityMember, unitMember));
    }

    private static TimeSpan Validity(JsonObject client, string validityMember, string unitMember)
    {
        var amount = (int)client[validityMember]!;
        return (string?)client["TokenValidityUnits"]![unitMember] switch
        {
            "seconds" => TimeSpan.FromSeconds(amount),
            "minutes" => TimeSpan.FromMinutes(amount),
            "hours" => TimeSpan.FromHours(amount),
            "days" => TimeSpan.FromDays(amount),
            var unit => throw new InvalidOperationException($"{unitMember} has unknown unit '{unit}'"),
        };
    }

    private static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(item => (string)item!);

    private static void AssertJsonEqual(JsonNode? expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual),
            $"file: {expected?.ToJsonString() ?? "(absent)"}\ntemplate: {actual?.ToJsonString() ?? "(absent)"}");
}
