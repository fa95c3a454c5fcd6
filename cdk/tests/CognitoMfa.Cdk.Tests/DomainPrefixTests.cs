using Amazon.CDK;
using CognitoMfa.Cdk.ExpectedPool;

namespace CognitoMfa.Cdk.Tests;

/// <summary>The domain prefix is checked at synth against what CreateUserPoolDomain refuses, not at deploy.</summary>
public sealed class DomainPrefixTests
{
    private static readonly UserPoolDomainRequest FileDomain = new() { Domain = "mfa-scenario", ManagedLoginVersion = 2 };

    [Theory]
    [InlineData("my-aws-login", "aws")]
    [InlineData("amazonian", "amazon")]
    [InlineData("cognito-mfa", "cognito")]
    public void Prefix_with_a_reserved_word_is_refused(string prefix, string word) =>
        Assert.Equal($"Cognito refuses prefixes containing the reserved word '{word}'", DomainPrefix.Problem(prefix, reservedLength: 0));

    [Theory]
    [InlineData("Mfa-Scenario")]
    [InlineData("-mfa")]
    [InlineData("mfa-")]
    [InlineData("mfa.scenario")]
    [InlineData("")]
    public void Prefix_outside_the_apis_pattern_is_refused(string prefix) =>
        Assert.Contains("lowercase letters, digits and hyphens", DomainPrefix.Problem(prefix, reservedLength: 0));

    [Fact]
    public void File_prefix_leaves_room_for_the_suffix()
    {
        var longest = new string('m', 63 - DomainPrefix.SuffixLength);
        Assert.Null(DomainPrefix.Problem(longest, DomainPrefix.SuffixLength));
        Assert.Contains("at most 54", DomainPrefix.Problem(longest + "m", DomainPrefix.SuffixLength));
    }

    [Fact]
    public void Context_prefix_is_checked_and_names_the_context_key()
    {
        var stack = new Stack(new App(new AppProps { Context = new Dictionary<string, object> { [DomainPrefix.ContextKey] = "cognito-login" } }), "Test");

        var error = Assert.Throws<DomainPrefixException>(() => DomainPrefix.For(stack, FileDomain));
        Assert.StartsWith("-c domainPrefix=cognito-login:", error.Message);
    }

    [Fact]
    public void File_prefix_with_a_reserved_word_fails_the_synth_naming_the_file()
    {
        var stack = new Stack(new App(), "Test");

        var error = Assert.Throws<ExpectedPoolException>(() => DomainPrefix.For(stack, FileDomain with { Domain = "aws-mfa" }));
        Assert.Contains("UserPoolDomain.Domain = 'aws-mfa'", error.Message);
    }
}
