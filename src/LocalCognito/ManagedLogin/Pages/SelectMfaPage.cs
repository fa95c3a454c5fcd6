using LocalCognito.Auth;
using LocalCognito.Protocol;

namespace LocalCognito.ManagedLogin.Pages;

/// <summary>/mfa/select: SELECT_MFA_TYPE, for a user with several MFA types and no preferred one.</summary>
public sealed class SelectMfaPage(ILoginActions actions, SignInProgress progress) : ILoginPage
{
    public string Path => LoginPaths.SelectMfa;

    public IResult Show(LoginContext context) =>
        context.Flow.Step == LoginStep.SelectMfaType ? Render(context, null, StatusCodes.Status200OK) : context.GoTo(LoginPaths.SignIn);

    public IResult Submit(LoginContext context, IFormCollection form)
    {
        var flow = context.Flow;
        if (flow.Step != LoginStep.SelectMfaType || flow.ChallengeSession is null || flow.Username is null)
        {
            return context.Restart(LoginMessages.SessionExpired);
        }

        var choice = form["mfa"].ToString();
        if (!flow.MfaChoices.Contains(choice))
        {
            return Render(context, "Choose how you want to verify it's you.", StatusCodes.Status400BadRequest);
        }

        try
        {
            return progress.Continue(context, actions.Respond(context.Target, "SELECT_MFA_TYPE", flow.Username, flow.ChallengeSession,
                new Dictionary<string, string> { ["ANSWER"] = choice }));
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

    /// <summary>How a person knows each MFA type.</summary>
    public static string Describe(string factor) => factor switch
    {
        MfaFactor.SoftwareToken => "Authenticator app",
        MfaFactor.Email => "Email me a code",
        _ => factor,
    };

    private static IResult Render(LoginContext context, string? error, int status)
    {
        var page = context.NewPage("Choose how to verify");
        page.Error ??= error;
        page.Paragraph("Your account has more than one way to confirm it's you. Pick one for this sign-in.")
            .Raw(context.FormFor(LoginPaths.SelectMfa)
                .Choice("mfa", "Verification method", context.Flow.MfaChoices.Select(factor => (factor, Describe(factor))).ToArray())
                .Submit("Continue")
                .ToString())
            .Links(("Start again", context.PathOf(LoginPaths.SignIn)));
        return page.ToResult(status);
    }
}
