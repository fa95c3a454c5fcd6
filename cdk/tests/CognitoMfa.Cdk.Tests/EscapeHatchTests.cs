using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.AWS.Cognito;
using CognitoMfa.Cdk.ExpectedPool;

namespace CognitoMfa.Cdk.Tests;

/// <summary>Pool settings written past the 2.160.0 constructs are checked before they reach a template.</summary>
public sealed class EscapeHatchTests
{
    private static readonly SesEmailIdentity Ses = new("no-reply@example.com", "eu-west-1", null);

    private static void Apply(JsonObject file, SesEmailIdentity? ses)
    {
        var definition = ExpectedPoolFile.Parse(file.ToJsonString());
        var pool = new UserPool(new Stack(new App()), "Pool", UserPoolPropsMapping.ToUserPoolProps(definition, ses));
        UserPoolEscapeHatches.Apply(pool, definition, ses);
    }

    private static JsonObject FileWithFirstFactors(params string[] factors)
    {
        var file = SynthesizedStackFixture.ReadExpectedPoolFile();
        file["UserPool"]!["Policies"]!["SignInPolicy"]!["AllowedFirstAuthFactors"] = new JsonArray([.. factors.Select(f => (JsonNode)f)]);
        return file;
    }

    [Theory]
    [InlineData("WEB_AUTHN")]
    [InlineData("SMS_OTP")]
    public void First_factor_the_stack_cannot_serve_is_refused(string factor)
    {
        var error = Assert.Throws<ExpectedPoolException>(() => Apply(FileWithFirstFactors("PASSWORD", factor), Ses));
        Assert.Contains(factor, error.Message);
    }

    [Fact]
    public void Email_code_as_the_only_first_factor_needs_ses()
    {
        var error = Assert.Throws<ExpectedPoolException>(() => Apply(FileWithFirstFactors("EMAIL_OTP"), ses: null));
        Assert.Contains("sesFromEmail", error.Message);
    }

    [Fact]
    public void Unknown_tier_is_refused()
    {
        var file = SynthesizedStackFixture.ReadExpectedPoolFile();
        file["UserPool"]!["UserPoolTier"] = "GOLD";

        var error = Assert.Throws<ExpectedPoolException>(() => Apply(file, ses: null));
        Assert.Contains("GOLD", error.Message);
    }

    [Fact]
    public void Lite_tier_cannot_offer_choice_based_sign_in()
    {
        // The file's client has ALLOW_USER_AUTH, an Essentials feature, so even without email MFA LITE is refused.
        var file = SynthesizedStackFixture.ReadExpectedPoolFile();
        file["UserPool"]!["UserPoolTier"] = "LITE";

        var error = Assert.Throws<ExpectedPoolException>(() => Apply(file, ses: null));
        Assert.Contains("ESSENTIALS", error.Message);
    }

    [Fact]
    public void Lite_tier_cannot_send_email_mfa()
    {
        var file = SynthesizedStackFixture.ReadExpectedPoolFile();
        file["UserPool"]!["UserPoolTier"] = "LITE";
        file["UserPoolClient"]!["ExplicitAuthFlows"] = new JsonArray("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");

        Apply(file, ses: null); // TOTP only: LITE is enough
        var error = Assert.Throws<ExpectedPoolException>(() => Apply(file, Ses));
        Assert.Contains("email MFA", error.Message);
    }
}
