using System.Text.Json.Nodes;
using LocalCognito.Store;

namespace LocalCognito.Outbox;

/// <summary>
/// The subject and text of the emails LocalCognito "sends", from the pool's templates as Cognito uses them:
/// VerificationMessageTemplate (else EmailVerificationSubject / EmailVerificationMessage) for codes that confirm an
/// account, verify an email or reset a password; AdminCreateUserConfig.InviteMessageTemplate for invitations.
/// {####} is the code or temporary password, {username} the user name. Without a template, Cognito's default text.
/// </summary>
public static class MessageTemplates
{
    public const string DefaultVerificationSubject = "Your verification code";
    public const string DefaultVerificationMessage = "Your verification code is {####}. ";
    public const string DefaultInvitationSubject = "Your temporary password";
    public const string DefaultInvitationMessage = "Your username is {username} and temporary password is {####}. ";

    public static OutboxMessage Verification(UserPool pool, User user, string destination, string kind, string code, DateTimeOffset now)
    {
        var template = pool.Settings["VerificationMessageTemplate"];
        var subject = Text(template?["EmailSubject"]) ?? Text(pool.Settings["EmailVerificationSubject"]) ?? DefaultVerificationSubject;
        var message = Text(template?["EmailMessage"]) ?? Text(pool.Settings["EmailVerificationMessage"]) ?? DefaultVerificationMessage;
        return new OutboxMessage(pool.Id, user.Username, destination, kind, code, now, subject, Fill(message, code, user.Username));
    }

    public static OutboxMessage Invitation(UserPool pool, User user, string destination, string temporaryPassword, DateTimeOffset now)
    {
        var template = pool.Settings["AdminCreateUserConfig"]?["InviteMessageTemplate"];
        var subject = Text(template?["EmailSubject"]) ?? DefaultInvitationSubject;
        var message = Text(template?["EmailMessage"]) ?? DefaultInvitationMessage;
        return new OutboxMessage(pool.Id, user.Username, destination, MessageOutbox.TemporaryPasswordKind, temporaryPassword, now, subject,
            Fill(message, temporaryPassword, user.Username));
    }

    private static string Fill(string template, string code, string username) =>
        template.Replace("{####}", code, StringComparison.Ordinal).Replace("{username}", username, StringComparison.Ordinal);

    private static string? Text(JsonNode? node) => node?.GetValue<string>() is { Length: > 0 } text ? text : null;
}
