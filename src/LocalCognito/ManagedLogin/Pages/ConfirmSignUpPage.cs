using LocalCognito.Protocol;

namespace LocalCognito.ManagedLogin.Pages;

/// <summary>/confirm: the code emailed at sign-up (ConfirmSignUp), or a new one (ResendConfirmationCode).</summary>
public sealed class ConfirmSignUpPage(ILoginActions actions) : ILoginPage
{
    public string Path => LoginPaths.Confirm;

    public IResult Show(LoginContext context) =>
        context.Flow.Step == LoginStep.ConfirmSignUp ? Render(context, null, StatusCodes.Status200OK) : context.GoTo(LoginPaths.SignIn);

    public IResult Submit(LoginContext context, IFormCollection form)
    {
        var flow = context.Flow;
        if (flow.Step != LoginStep.ConfirmSignUp || flow.Username is null)
        {
            return context.Restart(LoginMessages.SessionExpired);
        }

        try
        {
            if (form["action"] == "resend")
            {
                var sent = actions.ResendConfirmationCode(context.Target, flow.Username);
                flow.CodeDestination = sent["CodeDeliveryDetails"]?["Destination"]?.GetValue<string>() ?? flow.CodeDestination;
                flow.Notice = "We sent you a new code. Codes sent before it no longer work.";
                return context.GoTo(LoginPaths.Confirm);
            }

            var code = form["code"].ToString().Trim();
            if (code.Length == 0)
            {
                return Render(context, "Enter the code from the email.", StatusCodes.Status400BadRequest);
            }

            actions.ConfirmSignUp(context.Target, flow.Username, code);
            flow.Reset();
            flow.Notice = "Your account is confirmed. Sign in to continue.";
            return context.GoTo(LoginPaths.SignIn);
        }
        catch (CognitoException error)
        {
            return Render(context, LoginMessages.ForCode(error), StatusCodes.Status400BadRequest);
        }
    }

    private static IResult Render(LoginContext context, string? error, int status)
    {
        var page = context.NewPage("Confirm your account");
        page.Error ??= error;
        page.Paragraph(OutboxHint.SentTo(context.Flow.CodeDestination) + " Enter it below to confirm your account.")
            .Raw(OutboxHint.Html(context))
            .Raw(context.FormFor(LoginPaths.Confirm)
                .Field("code", "Confirmation code", autocomplete: "one-time-code", numeric: true)
                .Submit("Confirm account")
                .ToString())
            .Raw(context.FormFor(LoginPaths.Confirm)
                .Hidden("action", "resend")
                .Submit("Send a new code", secondary: true)
                .ToString())
            .Links(("Back to sign in", context.PathOf(LoginPaths.SignIn)));
        return page.ToResult(status);
    }
}
