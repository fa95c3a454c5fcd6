using System.Text.Json.Nodes;
using Amazon.CDK.AWS.Cognito;
using CognitoMfa.Cdk.ExpectedPool;

namespace CognitoMfa.Cdk.Tests;

/// <summary>An AccountRecoverySetting in the file becomes the CDK choice that deploys exactly those mechanisms.</summary>
public sealed class AccountRecoveryMappingTests
{
    private static AccountRecovery? Map(JsonObject file) =>
        UserPoolPropsMapping.ToUserPoolProps(ExpectedPoolFile.Parse(file.ToJsonString()), ses: null).AccountRecovery;

    private static JsonObject FileWithRecovery(params (string Name, int Priority)[] mechanisms)
    {
        var file = SynthesizedStackFixture.ReadExpectedPoolFile();
        file["UserPool"]!["AccountRecoverySetting"] = new JsonObject
        {
            ["RecoveryMechanisms"] = new JsonArray([.. mechanisms.Select(m => (JsonNode)new JsonObject { ["Priority"] = m.Priority, ["Name"] = m.Name })]),
        };
        return file;
    }

    [Fact]
    public void Without_the_setting_recovery_is_by_verified_email_only()
    {
        var file = SynthesizedStackFixture.ReadExpectedPoolFile();
        file["UserPool"]!.AsObject().Remove("AccountRecoverySetting");

        Assert.Equal(AccountRecovery.EMAIL_ONLY, Map(file));
    }

    [Fact]
    public void Email_only() => Assert.Equal(AccountRecovery.EMAIL_ONLY, Map(FileWithRecovery(("verified_email", 1))));

    [Fact]
    public void Phone_only() => Assert.Equal(AccountRecovery.PHONE_ONLY_WITHOUT_MFA, Map(FileWithRecovery(("verified_phone_number", 1))));

    [Fact]
    public void Email_then_phone_in_any_listing_order() =>
        Assert.Equal(AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA, Map(FileWithRecovery(("verified_phone_number", 2), ("verified_email", 1))));

    [Fact]
    public void Phone_then_email() =>
        Assert.Equal(AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL, Map(FileWithRecovery(("verified_phone_number", 1), ("verified_email", 2))));

    [Fact]
    public void Admin_only() => Assert.Equal(AccountRecovery.NONE, Map(FileWithRecovery(("admin_only", 1))));

    [Fact]
    public void A_list_no_cdk_choice_deploys_is_refused()
    {
        var error = Assert.Throws<ExpectedPoolException>(() => Map(FileWithRecovery(("verified_email", 2))));
        Assert.Contains("verified_email:2", error.Message);
    }
}
