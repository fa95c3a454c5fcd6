using Amazon.CDK.Assertions;

namespace CognitoMfa.Cdk.Tests;

/// <summary>The synthesized template has the pool and client the scenario needs.</summary>
[Collection(SynthesizedStackCollection.Name)]
public sealed class CognitoMfaStackTests(SynthesizedStackFixture stack)
{
    private const string UserPoolType = "AWS::Cognito::UserPool";
    private const string ClientType = "AWS::Cognito::UserPoolClient";

    private Template Template => stack.Template;

    private static Dictionary<string, object> Props(params (string Key, object Value)[] properties) =>
        properties.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public void Has_exactly_one_pool_one_client_and_no_sms_role()
    {
        Template.ResourceCountIs(UserPoolType, 1);
        Template.ResourceCountIs(ClientType, 1);
        // TOTP only: the CDK must not have created the IAM role it uses for sending SMS.
        Template.ResourceCountIs("AWS::IAM::Role", 0);
        Template.HasResourceProperties(UserPoolType, Props(("SmsConfiguration", Match.Absent())));
    }

    [Fact]
    public void Pool_requires_mfa_with_software_tokens_only()
    {
        Template.HasResourceProperties(UserPoolType, Props(
            ("MfaConfiguration", "ON"),
            ("EnabledMfas", Match.Exact(new object[] { "SOFTWARE_TOKEN_MFA" }))));
    }

    [Fact]
    public void Pool_tracks_devices_and_always_remembers_them()
    {
        Template.HasResourceProperties(UserPoolType, Props(
            ("DeviceConfiguration", Props(
                ("ChallengeRequiredOnNewDevice", true),
                ("DeviceOnlyRememberedOnUserPrompt", false)))));
    }

    [Fact]
    public void Pool_allows_self_sign_up_with_a_required_auto_verified_email()
    {
        Template.HasResourceProperties(UserPoolType, Props(
            ("AdminCreateUserConfig", Props(("AllowAdminCreateUserOnly", false))),
            ("AutoVerifiedAttributes", Match.Exact(new object[] { "email" })),
            ("Schema", Match.ArrayWith(new object[] { Match.ObjectLike(Props(("Name", "email"), ("Required", true))) })),
            ("UsernameConfiguration", Props(("CaseSensitive", false)))));
    }

    [Fact]
    public void Pool_is_deleted_with_the_stack()
    {
        Template.HasResource(UserPoolType, Props(
            ("DeletionPolicy", "Delete"),
            ("UpdateReplacePolicy", "Delete")));
    }

    // Match.ArrayWith is order-sensitive, so each flow is checked on its own.
    [Theory]
    [InlineData("ALLOW_ADMIN_USER_PASSWORD_AUTH")]
    [InlineData("ALLOW_USER_PASSWORD_AUTH")]
    [InlineData("ALLOW_USER_SRP_AUTH")]
    [InlineData("ALLOW_REFRESH_TOKEN_AUTH")]
    public void Client_allows_auth_flow(string flow)
    {
        Template.HasResourceProperties(ClientType, Props(("ExplicitAuthFlows", Match.ArrayWith(new object[] { flow }))));
    }

    [Fact]
    public void Client_allows_no_other_auth_flow()
    {
        var flows = stack.PropertiesOf(ClientType)["ExplicitAuthFlows"]!.AsArray();
        Assert.Equal(4, flows.Count);
    }

    [Fact]
    public void Client_has_no_secret_and_no_oauth()
    {
        Template.HasResourceProperties(ClientType, Props(
            ("GenerateSecret", false),
            ("AllowedOAuthFlowsUserPoolClient", false),
            ("AllowedOAuthFlows", Match.Absent()),
            ("CallbackURLs", Match.Absent())));
    }

    [Fact]
    public void Client_belongs_to_the_pool()
    {
        var poolLogicalId = stack.ResourceOf(UserPoolType).Key;
        Template.HasResourceProperties(ClientType, Props(("UserPoolId", Props(("Ref", poolLogicalId)))));
    }

    [Fact]
    public void Outputs_name_the_pool_the_client_and_the_region()
    {
        var poolLogicalId = stack.ResourceOf(UserPoolType).Key;
        var clientLogicalId = stack.ResourceOf(ClientType).Key;

        Template.HasOutput(CognitoMfaStack.UserPoolIdOutput, Props(("Value", Props(("Ref", poolLogicalId)))));
        Template.HasOutput(CognitoMfaStack.ClientIdOutput, Props(("Value", Props(("Ref", clientLogicalId)))));
        Template.HasOutput(CognitoMfaStack.RegionOutput, Props(("Value", Props(("Ref", "AWS::Region")))));
    }
}
