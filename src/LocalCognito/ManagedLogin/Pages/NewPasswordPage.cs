using LocalCognito.Auth;
using LocalCognito.Protocol;

namespace LocalCognito.ManagedLogin.Pages;

/// <summary>/newPassword: NEW_PASSWORD_REQUIRED, for a user created by an administrator with a temporary password.</summary>
public sealed class NewPasswordPage(ILoginActions actions, SignInProgress progress) : ILoginPage
{
    private const string AttributePrefix = "attribute.";

    public string Path => LoginPaths.NewPassword;

    public IResult Show(LoginContext context) =>
        context.Flow.Step == LoginStep.NewPasswordRequired ? Render(context, null, StatusCodes.Status200OK) : context.GoTo(LoginPaths.SignIn);

    public IResult Submit(LoginContext context, IFormCollection form)
    {
        var flow = context.Flow;
        if (flow.Step != LoginStep.NewPasswordRequired || flow.ChallengeSession is null || flow.Username is null)
        {
            return context.Restart(LoginMessages.SessionExpired);
        }

        var password = form["password"].ToString();
        if (password.Length == 0)
        {
            return Render(context, "Enter a new password.", StatusCodes.Status400BadRequest);
        }

        var answers = new Dictionary<string, string> { ["NEW_PASSWORD"] = password };
        foreach (var name in flow.RequiredAttributes)
        {
            var value = form[AttributePrefix + name].ToString().Trim();
            if (value.Length == 0)
            {
                return Render(context, $"Enter your {SignUpPage.Label(name).ToLowerInvariant()}.", StatusCodes.Status400BadRequest);
            }

            answers["userAttributes." + name] = value;
        }

        try
        {
            return progress.Continue(context, actions.Respond(context.Target, "NEW_PASSWORD_REQUIRED", flow.Username, flow.ChallengeSession, answers));
        }
        catch (CognitoException error) when (LoginMessages.EndsSession(error))
        {
            return context.Restart(LoginMessages.SessionExpired);
        }
        catch (CognitoException error)
        {
            return Render(context, LoginMessages.For(error), StatusCodes.Status400BadRequest);
        }
    }

    private static IResult Render(LoginContext context, string? error, int status)
    {
        var page = context.NewPage("Choose a new password");
        page.Error ??= error;
        var form = context.FormFor(LoginPaths.NewPassword);
        form.Field("password", "New password", type: "password", autocomplete: "new-password",
            hint: SignUpPage.PolicyText(PasswordPolicy.From(context.Target.Pool.Settings)));
        foreach (var name in context.Flow.RequiredAttributes)
        {
            form.Field(AttributePrefix + name, SignUpPage.Label(name), type: name == "email" ? "email" : "text");
        }

        page.Paragraph("You signed in with a temporary password. Choose your own password to continue.")
            .Raw(form.Submit("Set password and sign in").ToString())
            .Links(("Start again", context.PathOf(LoginPaths.SignIn)));
        return page.ToResult(status);
    }
}
