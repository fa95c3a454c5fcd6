using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;

namespace CognitoMfa.Cdk.Tests;

/// <summary>The synthesized template has the pool and client the scenario needs, with and without an SES identity.</summary>
[Collection(SynthesizedStackCollection.Name)]
public sealed class CognitoMfaStackTests(SynthesizedStackFixture stacks)
{
    private const string UserPoolType = "AWS::Cognito::UserPool";
    private const string ClientType = "AWS::Cognito::UserPoolClient";
    private const string DomainType = "AWS::Cognito::UserPoolDomain";

    private static Dictionary<string, object> Props(params (string Key, object Value)[] properties) =>
        properties.ToDictionary(p => p.Key, p => p.Value);

    [Theory]
    [InlineData(SesMode.WithoutSes)]
    [InlineData(SesMode.WithSes)]
    public void Has_exactly_one_pool_one_client_and_no_sms_role(SesMode mode)
    {
        var template = stacks.In(mode).Template;
        template.ResourceCountIs(UserPoolType, 1);
        template.ResourceCountIs(ClientType, 1);
        // No SMS: the CDK must not have created the IAM role it uses for sending SMS.
        template.ResourceCountIs("AWS::IAM::Role", 0);
        template.HasResourceProperties(UserPoolType, Props(("SmsConfiguration", Match.Absent())));
    }

    [Fact]
    public void Without_ses_pool_requires_mfa_with_software_tokens_only()
    {
        stacks.WithoutSes.Template.HasResourceProperties(UserPoolType, Props(
            ("MfaConfiguration", "ON"),
            ("EnabledMfas", Match.Exact(new object[] { "SOFTWARE_TOKEN_MFA" })),
            ("EmailAuthenticationMessage", Match.Absent()),
            ("EmailAuthenticationSubject", Match.Absent())));
    }

    [Fact]
    public void Without_ses_pool_keeps_cognitos_own_email()
    {
        stacks.WithoutSes.Template.HasResourceProperties(UserPoolType, Props(("EmailConfiguration", Match.Absent())));
    }

    [Fact]
    public void With_ses_pool_requires_mfa_with_software_tokens_or_email()
    {
        stacks.WithSes.Template.HasResourceProperties(UserPoolType, Props(
            ("MfaConfiguration", "ON"),
            ("EnabledMfas", Match.Exact(new object[] { "SOFTWARE_TOKEN_MFA", "EMAIL_OTP" }))));
    }

    [Fact]
    public void With_ses_pool_sends_email_through_the_verified_identity()
    {
        var email = stacks.WithSes.PropertiesOf(UserPoolType)["EmailConfiguration"]!;
        Assert.Equal("DEVELOPER", (string?)email["EmailSendingAccount"]);
        Assert.Equal(SynthesizedStackFixture.SesFromEmail, (string?)email["From"]);

        // arn:<partition>:ses:<sesRegion>:<account>:identity/<address>, joined by CloudFormation at deploy time.
        var sourceArn = email["SourceArn"]!.ToJsonString();
        Assert.Contains($":ses:{SynthesizedStackFixture.SesRegion}:", sourceArn);
        Assert.Contains($":identity/{SynthesizedStackFixture.SesFromEmail}", sourceArn);
    }

    [Theory]
    [InlineData(SesMode.WithoutSes)]
    [InlineData(SesMode.WithSes)]
    public void Pool_is_on_the_essentials_feature_plan(SesMode mode)
    {
        stacks.In(mode).Template.HasResourceProperties(UserPoolType, Props(("UserPoolTier", "ESSENTIALS")));
    }

    [Theory]
    [InlineData(SesMode.WithoutSes)]
    [InlineData(SesMode.WithSes)]
    public void Pool_allows_password_first_factors_only(SesMode mode)
    {
        // MFA is required, and passwordless first factors cannot be used where MFA is required.
        stacks.In(mode).Template.HasResourceProperties(UserPoolType, Props(
            ("Policies", Props(("SignInPolicy", Props(("AllowedFirstAuthFactors", Match.Exact(new object[] { "PASSWORD" }))))))));
    }

    [Theory]
    [InlineData(SesMode.WithoutSes)]
    [InlineData(SesMode.WithSes)]
    public void Pool_recovers_accounts_by_verified_email_only(SesMode mode)
    {
        stacks.In(mode).Template.HasResourceProperties(UserPoolType, Props(
            ("AccountRecoverySetting", Props(("RecoveryMechanisms", Match.Exact(new object[]
            {
                Props(("Name", "verified_email"), ("Priority", 1)),
            }))))));
    }

    [Fact]
    public void Pool_tracks_devices_and_always_remembers_them()
    {
        stacks.WithoutSes.Template.HasResourceProperties(UserPoolType, Props(
            ("DeviceConfiguration", Props(
                ("ChallengeRequiredOnNewDevice", true),
                ("DeviceOnlyRememberedOnUserPrompt", false)))));
    }

    [Fact]
    public void Pool_allows_self_sign_up_with_a_required_auto_verified_email()
    {
        stacks.WithoutSes.Template.HasResourceProperties(UserPoolType, Props(
            ("AdminCreateUserConfig", Props(("AllowAdminCreateUserOnly", false))),
            ("AutoVerifiedAttributes", Match.Exact(new object[] { "email" })),
            ("Schema", Match.ArrayWith(new object[] { Match.ObjectLike(Props(("Name", "email"), ("Required", true))) })),
            ("UsernameConfiguration", Props(("CaseSensitive", false)))));
    }

    [Fact]
    public void Pool_is_deleted_with_the_stack()
    {
        stacks.WithoutSes.Template.HasResource(UserPoolType, Props(
            ("DeletionPolicy", "Delete"),
            ("UpdateReplacePolicy", "Delete")));
    }

    // Match.ArrayWith is order-sensitive, so each flow is checked on its own.
    [Theory]
    [InlineData(SesMode.WithoutSes, "ALLOW_ADMIN_USER_PASSWORD_AUTH")]
    [InlineData(SesMode.WithoutSes, "ALLOW_USER_PASSWORD_AUTH")]
    [InlineData(SesMode.WithoutSes, "ALLOW_USER_SRP_AUTH")]
    [InlineData(SesMode.WithoutSes, "ALLOW_USER_AUTH")]
    [InlineData(SesMode.WithoutSes, "ALLOW_REFRESH_TOKEN_AUTH")]
    [InlineData(SesMode.WithSes, "ALLOW_USER_AUTH")]
    public void Client_allows_auth_flow(SesMode mode, string flow)
    {
        stacks.In(mode).Template.HasResourceProperties(ClientType, Props(("ExplicitAuthFlows", Match.ArrayWith(new object[] { flow }))));
    }

    [Theory]
    [InlineData(SesMode.WithoutSes)]
    [InlineData(SesMode.WithSes)]
    public void Client_allows_no_other_auth_flow(SesMode mode)
    {
        var flows = stacks.In(mode).PropertiesOf(ClientType)["ExplicitAuthFlows"]!.AsArray();
        Assert.Equal(5, flows.Count);
    }

    [Fact]
    public void Client_has_no_secret()
    {
        stacks.WithoutSes.Template.HasResourceProperties(ClientType, Props(("GenerateSecret", false)));
    }

    [Theory]
    [InlineData(SesMode.WithoutSes)]
    [InlineData(SesMode.WithSes)]
    public void Client_signs_in_through_managed_login_with_the_code_flow_only(SesMode mode)
    {
        stacks.In(mode).Template.HasResourceProperties(ClientType, Props(
            ("AllowedOAuthFlowsUserPoolClient", true),
            ("AllowedOAuthFlows", Match.Exact(new object[] { "code" })),
            ("SupportedIdentityProviders", Match.Exact(new object[] { "COGNITO" }))));
    }

    [Fact]
    public void Client_asks_for_the_openid_scopes_and_the_users_own_api_scope()
    {
        var scopes = stacks.WithoutSes.PropertiesOf(ClientType)["AllowedOAuthScopes"]!.AsArray().Select(scope => (string)scope!);
        Assert.Equal(["aws.cognito.signin.user.admin", "email", "openid", "profile"], scopes.Order());
    }

    [Fact]
    public void Client_redirects_only_to_the_scenarios_loopback_listener()
    {
        stacks.WithoutSes.Template.HasResourceProperties(ClientType, Props(
            ("CallbackURLs", Match.Exact(new object[] { "http://localhost:8765/callback" })),
            ("LogoutURLs", Match.Exact(new object[] { "http://localhost:8765/signed-out" }))));
    }

    [Theory]
    [InlineData(SesMode.WithoutSes)]
    [InlineData(SesMode.WithSes)]
    public void Pool_has_one_domain_serving_managed_login(SesMode mode)
    {
        var stack = stacks.In(mode);
        stack.Template.ResourceCountIs(DomainType, 1);
        var poolLogicalId = stack.ResourceOf(UserPoolType).Key;
        stack.Template.HasResourceProperties(DomainType, Props(
            ("UserPoolId", Props(("Ref", poolLogicalId))),
            ("ManagedLoginVersion", 2),
            ("CustomDomainConfig", Match.Absent())));
    }

    [Fact]
    public void Derived_domain_prefix_is_the_files_prefix_and_the_first_block_of_the_stack_id()
    {
        var domain = stacks.WithoutSes.PropertiesOf(DomainType)["Domain"]!;
        var expected = JsonNode.Parse("""
            { "Fn::Join": [ "-", [ "mfa-scenario", { "Fn::Select": [ 0, { "Fn::Split": [ "-",
              { "Fn::Select": [ 2, { "Fn::Split": [ "/", { "Ref": "AWS::StackId" } ] } ] } ] } ] } ] ] }
            """);
        Assert.True(JsonNode.DeepEquals(expected, domain), domain.ToJsonString());
    }

    [Fact]
    public void Domain_prefix_from_context_is_used_as_given()
    {
        stacks.WithSes.Template.HasResourceProperties(DomainType, Props(("Domain", SynthesizedStackFixture.ChosenDomainPrefix)));
    }

    [Theory]
    [InlineData(SesMode.WithoutSes)]
    [InlineData(SesMode.WithSes)]
    public void Client_has_cognitos_own_managed_login_style(SesMode mode)
    {
        // Managed login (version 2) shows no page to a client without a branding style.
        var stack = stacks.In(mode);
        stack.Template.ResourceCountIs(ManagedLogin.BrandingType, 1);
        stack.Template.HasResourceProperties(ManagedLogin.BrandingType, Props(
            ("UserPoolId", Props(("Ref", stack.ResourceOf(UserPoolType).Key))),
            ("ClientId", Props(("Ref", stack.ResourceOf(ClientType).Key))),
            ("UseCognitoProvidedValues", true)));
    }

    [Fact]
    public void Client_belongs_to_the_pool()
    {
        var stack = stacks.WithoutSes;
        var poolLogicalId = stack.ResourceOf(UserPoolType).Key;
        stack.Template.HasResourceProperties(ClientType, Props(("UserPoolId", Props(("Ref", poolLogicalId)))));
    }

    [Theory]
    [InlineData(SesMode.WithoutSes)]
    [InlineData(SesMode.WithSes)]
    public void Outputs_name_the_pool_the_client_and_the_region(SesMode mode)
    {
        var stack = stacks.In(mode);
        var poolLogicalId = stack.ResourceOf(UserPoolType).Key;
        var clientLogicalId = stack.ResourceOf(ClientType).Key;

        stack.Template.HasOutput(CognitoMfaStack.UserPoolIdOutput, Props(("Value", Props(("Ref", poolLogicalId)))));
        stack.Template.HasOutput(CognitoMfaStack.ClientIdOutput, Props(("Value", Props(("Ref", clientLogicalId)))));
        stack.Template.HasOutput(CognitoMfaStack.RegionOutput, Props(("Value", Props(("Ref", "AWS::Region")))));
    }

    [Theory]
    [InlineData(SesMode.WithoutSes)]
    [InlineData(SesMode.WithSes)]
    public void Outputs_name_the_domains_base_url_and_the_callback_url(SesMode mode)
    {
        var stack = stacks.In(mode);
        var domainLogicalId = stack.ResourceOf(DomainType).Key;
        var baseUrl = stack.TemplateJson["Outputs"]![CognitoMfaStack.DomainBaseUrlOutput]!["Value"]!;
        var expected = JsonNode.Parse($$"""
            { "Fn::Join": [ "", [ "https://", { "Ref": "{{domainLogicalId}}" }, ".auth.", { "Ref": "AWS::Region" }, ".amazoncognito.com" ] ] }
            """);

        Assert.True(JsonNode.DeepEquals(expected, baseUrl), baseUrl.ToJsonString());
        stack.Template.HasOutput(CognitoMfaStack.CallbackUrlOutput, Props(("Value", "http://localhost:8765/callback")));
    }
}
