using LocalCognito.OAuth;
using LocalCognito.Protocol;

namespace LocalCognito.ManagedLogin.Pages;

/// <summary>/login: username and password, then whatever challenge the pool asks for.</summary>
public sealed class SignInPage(ILoginActions actions, SignInProgress progress) : ILoginPage
{
    public string Path => LoginPaths.SignIn;

    public IResult Show(LoginContext context) => progress.AlreadySignedIn(context) ?? Render(context, null, StatusCodes.Status200OK);

    public IResult Submit(LoginContext context, IFormCollection form)
    {
        var username = form["username"].ToString().Trim();
        var password = form["password"].ToString();
        context.Flow.Reset();
        context.Flow.Username = username;
        if (username.Length == 0 || password.Length == 0)
        {
            return Render(context, $"Enter your {SignUpPage.UsernameLabel(context.Target.Pool).ToLowerInvariant()} and password.", StatusCodes.Status400BadRequest);
        }

        try
        {
            return progress.Continue(context, actions.SignIn(context.Target, username, password));
        }
        catch (CognitoException error) when (error.Code == "UserNotConfirmedException")
        {
            // As Cognito's pages do: a fresh code goes out and the user confirms before signing in.
            var sent = actions.ResendConfirmationCode(context.Target, username);
            context.Flow.Step = LoginStep.ConfirmSignUp;
            context.Flow.CodeDestination = sent["CodeDeliveryDetails"]?["Destination"]?.GetValue<string>();
            context.Flow.Notice = "Your account is not confirmed yet. We sent you a new code.";
            return context.GoTo(LoginPaths.Confirm);
        }
        catch (CognitoException error) when (error.Code == "PasswordResetRequiredException")
        {
            context.Flow.Notice = "You need to reset your password before you sign in.";
            return context.GoTo(LoginPaths.ForgotPassword);
        }
        catch (CognitoException error)
        {
            return Render(context, LoginMessages.For(error), StatusCodes.Status400BadRequest);
        }
    }

    private static IResult Render(LoginContext context, string? error, int status)
    {
        var page = context.NewPage("Sign in");
        page.Error ??= error;
        var providerButtons = ProviderButtons.For(context.Target).ToArray();
        if (providerButtons.Length > 0)
        {
            page.Links(providerButtons);
        }

        if (!context.Target.Client.IdentityProviders().Contains("COGNITO"))
        {
            return page.ToResult(status);
        }

        page.Raw(context.FormFor(LoginPaths.SignIn)
            .Field("username", SignUpPage.UsernameLabel(context.Target.Pool), autocomplete: "username", value: context.Flow.Username)
            .Field("password", "Password", type: "password", autocomplete: "current-password")
            .Submit("Sign in")
            .ToString());
        var links = new List<(string, string)> { ("Forgot your password?", context.PathOf(LoginPaths.ForgotPassword)) };
        if (SignUpPage.SelfSignUpAllowed(context.Target.Pool))
        {
            links.Add(("New user? Create an account", context.PathOf(LoginPaths.SignUp)));
        }

        page.Links([.. links]);
        return page.ToResult(status);
    }
}
