namespace CognitoMfa.Cdk.Tests;

/// <summary>With `-c sesVerifiedDomain`, the pool sends from the address but names the verified domain as its SES identity.</summary>
public sealed class VerifiedDomainStackTests
{
    [Fact]
    public void Source_arn_names_the_verified_domain()
    {
        using var stack = new SynthesizedStack(new Dictionary<string, object>
        {
            [SesEmailIdentity.FromEmailKey] = "no-reply@mail.example.com",
            [SesEmailIdentity.RegionKey] = "us-east-1",
            [SesEmailIdentity.VerifiedDomainKey] = "mail.example.com",
        });

        var email = stack.PropertiesOf("AWS::Cognito::UserPool")["EmailConfiguration"]!;
        Assert.Equal("no-reply@mail.example.com", (string?)email["From"]);
        var sourceArn = email["SourceArn"]!.ToJsonString();
        Assert.Contains(":ses:us-east-1:", sourceArn);
        Assert.Contains(":identity/mail.example.com\"", sourceArn);
    }
}
