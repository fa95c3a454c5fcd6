using LocalCognito.Auth;
using LocalCognito.Protocol;

namespace LocalCognito.ManagedLogin.Pages;

/// <summary>/confirmForgotPassword: the emailed reset code and a new password (ConfirmForgotPassword).</summary>
public sealed class ConfirmForgotPasswordPage(ILoginActions actions) : ILoginPage
{
    public string Path => LoginPaths.ConfirmForgotPassword;

    public IResult Show(LoginContext context) =>
        context.Flow.Step == LoginStep.ConfirmForgotPassword ? Render(context, null, StatusCodes.Status200OK) : context.GoTo(LoginPaths.ForgotPassword);

    public IResult Submit(LoginContext context, IFormCollection form)
    {
        var flow = context.Flow;
        if (flow.Step != LoginStep.ConfirmForgotPassword || flow.Username is null)
        {
            flow.Alert = LoginMessages.SessionExpired;
            return context.GoTo(LoginPaths.ForgotPassword);
        }

        var code = form["code"].ToString().Trim();
        var password = form["password"].ToString();
        if (code.Length == 0 || password.Length == 0)
        {
            return Render(context, "Enter the code and a new password.", StatusCodes.Status400BadRequest);
        }

        try
        {
            actions.ConfirmForgotPassword(context.Target, flow.Username, code, password);
            flow.Reset();
            flow.Notice = "Your password is changed. Sign in with your new password.";
            return context.GoTo(LoginPaths.SignIn);
        }
        catch (CognitoException error)
        {
            return Render(context, LoginMessages.ForCode(error), StatusCodes.Status400BadRequest);
        }
    }

    private static IResult Render(LoginContext context, string? error, int status)
    {
        var page = context.NewPage("Choose a new password");
        page.Error ??= error;
        page.Paragraph(OutboxHint.SentTo(context.Flow.CodeDestination, "a reset code") + " Enter it with your new password.")
            .Raw(OutboxHint.Html(context))
            .Raw(context.FormFor(LoginPaths.ConfirmForgotPassword)
                .Field("code", "Reset code", autocomplete: "one-time-code", numeric: true)
                .Field("password", "New password", type: "password", autocomplete: "new-password",
                    hint: SignUpPage.PolicyText(PasswordPolicy.From(context.Target.Pool.Settings)))
                .Submit("Change password")
                .ToString())
            .Links(("Send a new code", context.PathOf(LoginPaths.ForgotPassword)), ("Back to sign in", context.PathOf(LoginPaths.SignIn)));
        return page.ToResult(status);
    }
}
