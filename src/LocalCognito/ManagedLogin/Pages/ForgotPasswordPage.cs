using LocalCognito.Protocol;

namespace LocalCognito.ManagedLogin.Pages;

/// <summary>/forgotPassword: ForgotPassword sends a reset code; /confirmForgotPassword takes it with the new password.</summary>
public sealed class ForgotPasswordPage(ILoginActions actions) : ILoginPage
{
    public string Path => LoginPaths.ForgotPassword;

    public IResult Show(LoginContext context) => Render(context, null, StatusCodes.Status200OK);

    public IResult Submit(LoginContext context, IFormCollection form)
    {
        var username = form["username"].ToString().Trim();
        context.Flow.Reset();
        context.Flow.Username = username;
        if (username.Length == 0)
        {
            return Render(context, $"Enter your {SignUpPage.UsernameLabel(context.Target.Pool).ToLowerInvariant()}.", StatusCodes.Status400BadRequest);
        }

        try
        {
            var sent = actions.ForgotPassword(context.Target, username);
            context.Flow.Step = LoginStep.ConfirmForgotPassword;
            context.Flow.CodeDestination = sent["CodeDeliveryDetails"]?["Destination"]?.GetValue<string>();
            return context.GoTo(LoginPaths.ConfirmForgotPassword);
        }
        catch (CognitoException error)
        {
            return Render(context, LoginMessages.For(error), StatusCodes.Status400BadRequest);
        }
    }

    private static IResult Render(LoginContext context, string? error, int status)
    {
        var page = context.NewPage("Reset your password");
        page.Error ??= error;
        page.Paragraph($"Enter your {SignUpPage.UsernameLabel(context.Target.Pool).ToLowerInvariant()} and we will send you a code to reset your password.")
            .Raw(context.FormFor(LoginPaths.ForgotPassword)
                .Field("username", SignUpPage.UsernameLabel(context.Target.Pool), autocomplete: "username", value: context.Flow.Username)
                .Submit("Send reset code")
                .ToString())
            .Links(("Back to sign in", context.PathOf(LoginPaths.SignIn)));
        return page.ToResult(status);
    }
}
