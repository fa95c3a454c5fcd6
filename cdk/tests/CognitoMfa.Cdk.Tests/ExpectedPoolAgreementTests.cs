using System.Text.Json.Nodes;

namespace CognitoMfa.Cdk.Tests;

/// <summary>
/// Every setting in src/LocalCognito/Defaults/default-user-pool.json (the pool LocalCognito creates) is what
/// the synthesized template deploys when an SES identity is given; without one, all but email MFA. Reads the
/// file on its own, not through the app's loader.
/// </summary>
[Collection(SynthesizedStackCollection.Name)]
public sealed class ExpectedPoolAgreementTests(SynthesizedStackFixture stacks)
{
    private const string EmailOtp = "EMAIL_OTP";

    private JsonObject File => stacks.ExpectedPool;
    private JsonObject FilePool => File["UserPool"]!.AsObject();
    private JsonObject FileClient => File["UserPoolClient"]!.AsObject();
    private JsonObject FileDomain => File["UserPoolDomain"]!.AsObject();
    private JsonObject TemplatePool => stacks.WithSes.PropertiesOf("AWS::Cognito::UserPool");
    private JsonObject TemplateClient => stacks.WithSes.PropertiesOf("AWS::Cognito::UserPoolClient");

    // The members this class checks. A member added to the file fails here until a check exists for it;
    // AccountRecoverySetting is checked whether the file has it or not.
    public static TheoryData<string, string[]> CheckedMembers => new()
    {
        { "", ["UserPool", "EnabledMfas", "EmailMfaConfiguration", "UserPoolClient", "UserPoolDomain"] },
        { "UserPool", ["PoolName", "UserPoolTier", "Policies", "AutoVerifiedAttributes", "UsernameConfiguration", "MfaConfiguration",
                       "DeviceConfiguration", "AdminCreateUserConfig", "Schema", "AccountRecoverySetting"] },
        { "UserPoolClient", ["ClientName", "GenerateSecret", "ExplicitAuthFlows", "AuthSessionValidity", "AccessTokenValidity",
                             "IdTokenValidity", "RefreshTokenValidity", "TokenValidityUnits", "PreventUserExistenceErrors",
                             "AllowedOAuthFlowsUserPoolClient", "AllowedOAuthFlows", "AllowedOAuthScopes", "CallbackURLs",
                             "LogoutURLs", "SupportedIdentityProviders"] },
        { "UserPoolDomain", ["Domain", "ManagedLoginVersion"] },
    };

    [Theory]
    [MemberData(nameof(CheckedMembers))]
    public void Every_member_of_the_file_has_a_check(string section, string[] checkedMembers)
    {
        var node = section.Length == 0 ? File : File[section]!.AsObject();
        Assert.Empty(node.Select(member => member.Key).Except(checkedMembers));
    }

    [Theory]
    [InlineData("UserPoolTier")]
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
        Assert.Equal(Strings(File["EnabledMfas"]).Order(), Strings(TemplatePool["EnabledMfas"]).Order());

    [Fact]
    public void Without_ses_enabled_mfas_are_the_files_but_email()
    {
        var deployed = stacks.WithoutSes.PropertiesOf("AWS::Cognito::UserPool")["EnabledMfas"];
        Assert.Equal(Strings(File["EnabledMfas"]).Where(mfa => mfa != EmailOtp).Order(), Strings(deployed).Order());
    }

    [Fact]
    public void Email_mfa_message_agrees()
    {
        var emailMfa = File["EmailMfaConfiguration"]!;
        AssertJsonEqual(emailMfa["Subject"], TemplatePool["EmailAuthenticationSubject"]);
        AssertJsonEqual(emailMfa["Message"], TemplatePool["EmailAuthenticationMessage"]);
    }

    [Theory]
    [InlineData(SesMode.WithoutSes)]
    [InlineData(SesMode.WithSes)]
    public void Account_recovery_agrees(SesMode mode)
    {
        // Without the setting in the file, the stack names recovery by verified email (the pool has no phone attribute).
        var expected = FilePool["AccountRecoverySetting"]?.DeepClone() ?? JsonNode.Parse(
            """{ "RecoveryMechanisms": [ { "Name": "verified_email", "Priority": 1 } ] }""");
        AssertJsonEqual(expected, stacks.In(mode).PropertiesOf("AWS::Cognito::UserPool")["AccountRecoverySetting"]);
    }

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

    [Theory]
    [InlineData("AllowedOAuthFlowsUserPoolClient")]
    [InlineData("AllowedOAuthFlows")]
    [InlineData("CallbackURLs")] // in order: the first is the scenario's redirect
    [InlineData("LogoutURLs")]
    [InlineData("SupportedIdentityProviders")]
    public void Client_oauth_setting_is_deployed_as_is(string member) => AssertJsonEqual(FileClient[member], TemplateClient[member]);

    [Fact]
    public void Oauth_scopes_agree() =>
        Assert.Equal(Strings(FileClient["AllowedOAuthScopes"]).Order(), Strings(TemplateClient["AllowedOAuthScopes"]).Order());

    [Theory]
    [InlineData(SesMode.WithoutSes)]
    [InlineData(SesMode.WithSes)]
    public void Managed_login_version_agrees(SesMode mode) =>
        AssertJsonEqual(FileDomain["ManagedLoginVersion"], stacks.In(mode).PropertiesOf("AWS::Cognito::UserPoolDomain")["ManagedLoginVersion"]);

    [Fact]
    public void Derived_domain_prefix_starts_with_the_files_prefix()
    {
        // Fn::Join("-", [file prefix, suffix from the stack id]); the suffix is checked in CognitoMfaStackTests.
        var join = stacks.WithoutSes.PropertiesOf("AWS::Cognito::UserPoolDomain")["Domain"]!["Fn::Join"]!.AsArray();
        AssertJsonEqual(FileDomain["Domain"], join[1]![0]);
    }

    [Theory]
    [InlineData(SesMode.WithoutSes)]
    [InlineData(SesMode.WithSes)]
    public void Explicit_auth_flows_agree(SesMode mode)
    {
        var deployed = stacks.In(mode).PropertiesOf("AWS::Cognito::UserPoolClient")["ExplicitAuthFlows"];
        Assert.Equal(Strings(FileClient["ExplicitAuthFlows"]).Order(), Strings(deployed).Order());
    }

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
