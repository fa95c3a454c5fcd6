using LocalCognito.Auth;
using LocalCognito.ManagedLogin.Html;
using LocalCognito.Protocol;

namespace LocalCognito.ManagedLogin.Pages;

/// <summary>
/// /mfa/setup: MFA_SETUP. With more than one type offered the user picks first; an authenticator app is set up from a
/// QR code (or the secret typed in) and one code (AssociateSoftwareToken, VerifySoftwareToken, then MFA_SETUP), email
/// MFA from an address that then receives a code.
/// </summary>
public sealed class MfaSetupPage(ILoginActions actions, SignInProgress progress) : ILoginPage
{
    public string Path => LoginPaths.MfaSetup;

    public IResult Show(LoginContext context) =>
        IsSetupStep(context.Flow) ? Render(context, null, StatusCodes.Status200OK) : context.GoTo(LoginPaths.SignIn);

    public IResult Submit(LoginContext context, IFormCollection form)
    {
        var flow = context.Flow;
        if (!IsSetupStep(flow) || flow.ChallengeSession is null || flow.Username is null)
        {
            return context.Restart(LoginMessages.SessionExpired);
        }

        try
        {
            return flow.Step switch
            {
                LoginStep.MfaSetupChoice => Choose(context, form["mfa"].ToString()),
                LoginStep.TotpSetup => VerifyTotp(context, form["code"].ToString().Trim()),
                _ => SetUpEmail(context, form["email"].ToString().Trim()),
            };
        }
        catch (CognitoException error) when (LoginMessages.EndsSession(error))
        {
            return context.Restart(LoginMessages.SessionExpired);
        }
        catch (CognitoException error)
        {
            return Render(context, LoginMessages.ForCode(error), StatusCodes.Status400BadRequest);
        }
    }

    private IResult Choose(LoginContext context, string choice)
    {
        switch (choice)
        {
            case MfaFactor.SoftwareToken when context.Flow.MfaChoices.Contains(choice):
                return progress.StartTotpSetup(context);
            case MfaFactor.Email when context.Flow.MfaChoices.Contains(choice):
                context.Flow.Step = LoginStep.EmailMfaSetup;
                return context.GoTo(LoginPaths.MfaSetup);
            default:
                return Render(context, "Choose how you want to verify it's you.", StatusCodes.Status400BadRequest);
        }
    }

    private IResult VerifyTotp(LoginContext context, string code)
    {
        if (code.Length == 0)
        {
            return Render(context, "Enter the 6-digit code your authenticator app shows.", StatusCodes.Status400BadRequest);
        }

        var flow = context.Flow;
        var verified = actions.VerifySoftwareToken(flow.ChallengeSession!, code);
        flow.TotpSecret = null;
        flow.ChallengeSession = verified["Session"]?.GetValue<string>();
        return progress.Continue(context, actions.Respond(context.Target, "MFA_SETUP", flow.Username!, flow.ChallengeSession!, new Dictionary<string, string>()));
    }

    private IResult SetUpEmail(LoginContext context, string email)
    {
        if (email.Length == 0)
        {
            return Render(context, "Enter the email address for your sign-in codes.", StatusCodes.Status400BadRequest);
        }

        var flow = context.Flow;
        return progress.Continue(context, actions.Respond(context.Target, "MFA_SETUP", flow.Username!, flow.ChallengeSession!,
            new Dictionary<string, string> { ["EMAIL"] = email }));
    }

    private static bool IsSetupStep(LoginFlow flow) => flow.Step is LoginStep.MfaSetupChoice or LoginStep.TotpSetup or LoginStep.EmailMfaSetup;

    private static IResult Render(LoginContext context, string? error, int status)
    {
        var flow = context.Flow;
        var page = context.NewPage(flow.Step switch
        {
            LoginStep.TotpSetup => "Set up your authenticator app",
            LoginStep.EmailMfaSetup => "Set up email codes",
            _ => "Set up multi-factor authentication",
        });
        page.Error ??= error;
        var form = context.FormFor(LoginPaths.MfaSetup);
        switch (flow.Step)
        {
            case LoginStep.TotpSetup:
                var otpAuth = TotpQrCode.OtpAuthUri(context.Target.Pool.Name, flow.Username ?? "", flow.TotpSecret ?? "");
                page.Paragraph("Scan this QR code with an authenticator app such as Google Authenticator, Microsoft Authenticator or 1Password.")
                    .Raw($"<img class=\"qr\" src=\"{TotpQrCode.PngDataUri(otpAuth)}\" alt=\"QR code to add this account to your authenticator app\" width=\"200\" height=\"200\">")
                    .Raw("<p>Can't scan it? Enter this key in the app instead (time-based):</p>")
                    .Raw($"<code class=\"secret\" id=\"totp-secret\">{Page.Encode(TotpQrCode.Grouped(flow.TotpSecret ?? ""))}</code>");
                form.Field("code", "Code from the app", autocomplete: "one-time-code", numeric: true, hint: "The 6-digit code the app shows for this account.")
                    .Submit("Verify and sign in");
                break;
            case LoginStep.EmailMfaSetup:
                page.Paragraph("We will email a code to this address each time you sign in.");
                form.Field("email", "Email address", type: "email", autocomplete: "email").Submit("Send code");
                break;
            default:
                page.Paragraph("This app requires a second step when you sign in. Choose how you want to receive your codes.");
                form.Choice("mfa", "Verification method", flow.MfaChoices.Select(factor => (factor, SelectMfaPage.Describe(factor))).ToArray())
                    .Submit("Continue");
                break;
        }

        page.Raw(form.ToString()).Links(("Start again", context.PathOf(LoginPaths.SignIn)));
        return page.ToResult(status);
    }
}
