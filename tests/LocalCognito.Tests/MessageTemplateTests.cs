using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>The pool's message templates give the outbox's emails their subject and text.</summary>
public sealed class MessageTemplateTests
{
    [Fact]
    public async Task Verification_codes_and_invitations_are_written_with_the_pools_templates_or_Cognitos_defaults()
    {
        await using var t = await TestServer.StartAsync();
        var pool = (await t.Client.CreateUserPoolAsync(new CreateUserPoolRequest
        {
            PoolName = "templates",
            AutoVerifiedAttributes = [VerifiedAttributeType.Email],
            VerificationMessageTemplate = new VerificationMessageTemplateType { EmailSubject = "Welcome", EmailMessage = "Hi, your code is {####}." },
            AdminCreateUserConfig = new AdminCreateUserConfigType
            {
                InviteMessageTemplate = new MessageTemplateType { EmailSubject = "Join us", EmailMessage = "User {username}, password {####}" },
            },
        })).UserPool;
        var client = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest { UserPoolId = pool.Id, ClientName = "app" })).UserPoolClient;

        await t.Client.SignUpAsync(new SignUpRequest
        {
            ClientId = client.ClientId,
            Username = "ann",
            Password = TestServer.Password,
            UserAttributes = [new AttributeType { Name = "email", Value = "ann@example.com" }],
        });
        await t.Client.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = pool.Id,
            Username = "bob",
            UserAttributes = [new AttributeType { Name = "email", Value = "bob@example.com" }],
        });
        var code = t.Server.Outbox.Last(message => message.Username == "ann");
        var invitation = t.Server.Outbox.Last(message => message.Username == "bob");
        Assert.Equal(("Welcome", $"Hi, your code is {code.Code}."), (code.Subject, code.Message));
        Assert.Equal(("Join us", $"User bob, password {invitation.Code}"), (invitation.Subject, invitation.Message));

        await t.SignUpAsync("carl");
        var fallback = t.Server.Outbox.Last(message => message.Username == "carl");
        Assert.Equal(("Your verification code", $"Your verification code is {fallback.Code}. "), (fallback.Subject, fallback.Message));
    }
}
