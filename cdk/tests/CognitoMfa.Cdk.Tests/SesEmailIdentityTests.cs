using Amazon.CDK;

namespace CognitoMfa.Cdk.Tests;

/// <summary>The optional SES identity is read from CDK context (`-c sesFromEmail=... -c sesRegion=...`).</summary>
public sealed class SesEmailIdentityTests
{
    private static SesEmailIdentity? Read(params (string Key, object Value)[] context) =>
        SesEmailIdentity.FromContext(new App(new AppProps { Context = context.ToDictionary(c => c.Key, c => c.Value) }).Node);

    [Fact]
    public void No_context_means_no_identity() => Assert.Null(Read());

    [Fact]
    public void Blank_values_count_as_not_given() => Assert.Null(Read(("sesFromEmail", " "), ("sesRegion", "")));

    [Fact]
    public void Address_and_region_make_an_identity()
    {
        var identity = Read(("sesFromEmail", "no-reply@example.com"), ("sesRegion", "eu-west-1"));
        Assert.Equal(new SesEmailIdentity("no-reply@example.com", "eu-west-1", null), identity);
    }

    [Fact]
    public void Verified_domain_is_carried()
    {
        var identity = Read(("sesFromEmail", "no-reply@example.com"), ("sesRegion", "eu-west-1"), ("sesVerifiedDomain", "example.com"));
        Assert.Equal("example.com", identity!.VerifiedDomain);
    }

    [Fact]
    public void Address_without_region_is_refused_naming_the_region_key()
    {
        var error = Assert.Throws<SesContextException>(() => Read(("sesFromEmail", "no-reply@example.com")));
        Assert.Contains("sesRegion", error.Message);
    }

    [Fact]
    public void Region_without_address_is_refused_naming_the_address_key()
    {
        var error = Assert.Throws<SesContextException>(() => Read(("sesRegion", "eu-west-1")));
        Assert.Contains("sesFromEmail", error.Message);
    }

    [Fact]
    public void Address_without_at_sign_is_refused()
    {
        var error = Assert.Throws<SesContextException>(() => Read(("sesFromEmail", "example.com"), ("sesRegion", "eu-west-1")));
        Assert.Contains("email address", error.Message);
    }
}
