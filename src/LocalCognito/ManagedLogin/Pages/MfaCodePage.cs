using LocalCognito.Protocol;

namespace LocalCognito.ManagedLogin.Pages;

/// <summary>/mfa: the second factor — a code from the authenticator app (SOFTWARE_TOKEN_MFA) or from an email (EMAIL_OTP).</summary>
public sealed class MfaCodePage(ILoginActions actions, SignInProgress progress) : ILoginPage
{
    public string Path => LoginPaths.Mfa;

    public IResult Show(LoginContext context) =>
        IsCodeStep(context.Flow) ? Render(context, null, StatusCodes.Status200OK) : context.GoTo(LoginPaths.SignIn);

    public IResult Submit(LoginContext context, IFormCollection form)
    {
        var flow = context.Flow;
        if (!IsCodeStep(flow) || flow.ChallengeSession is null || flow.Username is null)
        {
            return context.Restart(LoginMessages.SessionExpired);
        }

        var code = form["code"].ToString().Trim();
        if (code.Length == 0)
        {
            return Render(context, "Enter the code.", StatusCodes.Status400BadRequest);
        }

        var (challenge, answer) = flow.Step == LoginStep.EmailOtp ? ("EMAIL_OTP", "EMAIL_OTP_CODE") : ("SOFTWARE_TOKEN_MFA", "SOFTWARE_TOKEN_MFA_CODE");
        try
        {
            return progress.Continue(context, actions.Respond(context.Target, challenge, flow.Username, flow.ChallengeSession,
                new Dictionary<string, string> { [answer] = code }));
        }
        catch (CognitoException error) when (LoginMessages.EndsSession(error))
        {
            // Too many wrong codes spend the session, as in the API: the user starts again from the password.
            return context.Restart(LoginMessages.SessionExpired);
        }
        catch (CognitoException error)
        {
            return Render(context, LoginMessages.ForCode(error), StatusCodes.Status400BadRequest);
        }
    }

    private static bool IsCodeStep(LoginFlow flow) => flow.Step is LoginStep.SoftwareTokenMfa or LoginStep.EmailOtp;

    private static IResult Render(LoginContext context, string? error, int status)
    {
        var email = context.Flow.Step == LoginStep.EmailOtp;
        var page = context.NewPage(email ? "Enter the code we emailed you" : "Enter your authenticator code");
        page.Error ??= error;
        if (email)
        {
            page.Paragraph(OutboxHint.SentTo(context.Flow.CodeDestination, "a sign-in code") + " It works for a few minutes.")
                .Raw(OutboxHint.Html(context));
        }
        else
        {
            page.Paragraph("Open your authenticator app and enter the 6-digit code it shows for this account.");
        }

        page.Raw(context.FormFor(LoginPaths.Mfa)
                .Field("code", email ? "Email code" : "Authenticator code", autocomplete: "one-time-code", numeric: true)
                .Submit("Sign in")
                .ToString())
            .Links(("Start again", context.PathOf(LoginPaths.SignIn)));
        return page.ToResult(status);
    }
}
