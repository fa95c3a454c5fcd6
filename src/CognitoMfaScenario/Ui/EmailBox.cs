using CognitoMfaScenario.Local;
using Spectre.Console;

namespace CognitoMfaScenario.Ui;

/// <summary>Shows a message from LocalCognito's outbox the way a mail client would.</summary>
public static class EmailBox
{
    public static void Write(IAnsiConsole console, LocalEmail email)
    {
        var body = new Rows(
            new Markup($"[grey]To:[/]      {Markup.Escape(email.Destination)}"),
            new Markup($"[grey]Subject:[/] Your verification code"),
            new Markup($"[grey]Sent:[/]    {email.SentAt:u}"),
            new Text(string.Empty),
            new Markup($"{Sentence(email.Kind)} [bold]{Markup.Escape(email.Code)}[/]"),
            new Markup("[grey](Nothing was sent: LocalCognito keeps its emails in memory.)[/]"));
        console.Write(new Panel(body)
        {
            Header = new PanelHeader(" Local email (LocalCognito outbox) "),
            Border = BoxBorder.Rounded,
        });
    }

    /// <summary>The line before the code, by the outbox's kind of message.</summary>
    private static string Sentence(string kind) => kind switch
    {
        "PASSWORD_RESET_CODE" => "Your password reset code is",
        "EMAIL_OTP" or "MFA_CODE" or "EMAIL_OTP_CODE" => "Your sign-in code is",
        _ => "Your confirmation code is",
    };
}
