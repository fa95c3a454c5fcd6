using System.Text.Json;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.SignIn;
using LocalCognito.Store;

namespace LocalCognito.ManagedLogin;

/// <summary>
/// Turns a sign-in step's outcome into the next page: a challenge becomes the page that answers it (its Session kept
/// in the flow), a completed sign-in means the user is signed in and the browser goes back to the app through the OAuth side.
/// </summary>
public sealed class SignInProgress(ILoginActions actions, ILoginGate gate, CognitoStore store, LoginFlowStore flows, SignedInSessions signedIn)
{
    public IResult Continue(LoginContext context, SignInOutcome outcome)
    {
        if (outcome is SignInCompleted completed)
        {
            return SignedIn(context, completed);
        }

        var challenge = (SignInChallenge)outcome;
        var flow = context.Flow;
        var parameters = challenge.Parameters;
        flow.Username = parameters.GetValueOrDefault("USER_ID_FOR_SRP") ?? flow.Username;
        flow.ChallengeSession = challenge.Session;
        switch (challenge.ChallengeName)
        {
            case "SOFTWARE_TOKEN_MFA":
                flow.Step = LoginStep.SoftwareTokenMfa;
                return context.GoTo(LoginPaths.Mfa);
            case "EMAIL_OTP":
                flow.Step = LoginStep.EmailOtp;
                flow.CodeDestination = parameters.GetValueOrDefault("CODE_DELIVERY_DESTINATION");
                return context.GoTo(LoginPaths.Mfa);
            case "SELECT_MFA_TYPE":
                flow.Step = LoginStep.SelectMfaType;
                flow.MfaChoices = JsonList(parameters.GetValueOrDefault("MFAS_CAN_CHOOSE"));
                return context.GoTo(LoginPaths.SelectMfa);
            case "MFA_SETUP":
                flow.MfaChoices = JsonList(parameters.GetValueOrDefault("MFAS_CAN_SETUP"));
                if (flow.MfaChoices.SequenceEqual([MfaFactor.SoftwareToken]))
                {
                    return StartTotpSetup(context);
                }

                flow.Step = LoginStep.MfaSetupChoice;
                return context.GoTo(LoginPaths.MfaSetup);
            case "NEW_PASSWORD_REQUIRED":
                flow.Step = LoginStep.NewPasswordRequired;
                flow.RequiredAttributes = JsonList(parameters.GetValueOrDefault("requiredAttributes"))
                    .Select(name => name.StartsWith("userAttributes.", StringComparison.Ordinal) ? name["userAttributes.".Length..] : name)
                    .ToList();
                return context.GoTo(LoginPaths.NewPassword);
            default:
                // DEVICE_SRP_AUTH needs a device key, which the pages never send; nothing else is answered by a page.
                return context.Restart("This sign-in needs a step these pages do not offer. Sign in again.");
        }
    }

    /// <summary>AssociateSoftwareToken for the MFA_SETUP session: the set-up page shows the new secret.</summary>
    public IResult StartTotpSetup(LoginContext context)
    {
        var flow = context.Flow;
        var associated = actions.AssociateSoftwareToken(flow.ChallengeSession ?? throw Errors.InvalidSession());
        flow.TotpSecret = associated["SecretCode"]!.GetValue<string>();
        flow.ChallengeSession = associated["Session"]?.GetValue<string>();
        flow.Step = LoginStep.TotpSetup;
        return context.GoTo(LoginPaths.MfaSetup);
    }

    private IResult SignedIn(LoginContext context, SignInCompleted completed)
    {
        var (user, authTime) = (completed.User, completed.AuthTime);
        signedIn.Start(context.Http, context.Target.Domain, user, authTime);
        flows.End(context.Http, context.Flow);
        return Results.Redirect(gate.Complete(context.Target, user, authTime).AbsoluteUri);
    }

    /// <summary>
    /// /login for a browser that signed in on this domain within the hour: straight back to the app, with the first
    /// sign-in's auth_time (prompt=login skips this). prompt=none without such a session is login_required.
    /// </summary>
    public IResult? AlreadySignedIn(LoginContext context)
    {
        if (context.Target.Prompt == "login")
        {
            return null;
        }

        var session = signedIn.Find(context.Http, context.Target.Domain);
        var user = session is null || session.UserPoolId != context.Target.Pool.Id ? null : store.FindUser(context.Target.Pool, session.Username);
        if (session is not null && user is { Enabled: true } && user.Sub == session.UserSub)
        {
            return Results.Redirect(gate.Complete(context.Target, user, session.AuthTime).AbsoluteUri);
        }

        return context.Target.Prompt == "none"
            ? Results.Redirect(gate.Refuse(context.Target, "login_required", "The user is not signed in.").AbsoluteUri)
            : null;
    }

    /// <summary>Challenge parameters carry lists as a JSON string ("[\"SOFTWARE_TOKEN_MFA\"]").</summary>
    private static List<string> JsonList(string? text)
    {
        if (text is not { Length: > 0 })
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<string>>(text) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
