using System.Security.Cryptography;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Mfa;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Answers;

/// <summary>
/// Every answer the scenario needs from the person: asked through <see cref="IPrompter"/>, taken from
/// the options, or (with --non-interactive) chosen without asking. Checks typed answers with <see cref="AnswerRules"/>.
/// </summary>
public sealed class Questions(IPrompter prompter, IAnsiConsole console, ScenarioOptions options, ScenarioTarget target, RandomNumberGenerator random)
{
    private const string ContinueChoice = "continue";
    private const string OtherUserChoice = "other";
    private const string AppChoice = "app";
    private const string BuiltInChoice = "built-in";
    private const string EmailChoice = "email";

    /// <summary>False with --non-interactive: nothing is asked.</summary>
    public bool Interactive => !options.NonInteractive;

    /// <summary>The user name: from the options, typed (Enter takes a generated one), or generated.</summary>
    public async Task<string> UsernameAsync(string? preset, CancellationToken cancellationToken)
    {
        if (preset is not null)
        {
            console.Field("User name", preset);
            return preset;
        }

        var generated = NewUserDefaults.Username(random);
        if (!Interactive)
        {
            console.Field("User name", generated + " (generated)");
            return generated;
        }

        return await prompter.AskAsync("User name", generated, AnswerRules.Username, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The password: from the options, typed masked, or generated (never shown).</summary>
    public async Task<string> PasswordAsync(string? preset, CancellationToken cancellationToken)
    {
        if (preset is not null)
        {
            console.Field("Password", "(from options, hidden)");
            return preset;
        }

        var answer = Interactive
            ? await prompter.AskSecretAsync("Password (Enter = generate a strong one)", true, cancellationToken).ConfigureAwait(false)
            : string.Empty;
        if (answer.Length > 0)
        {
            return answer;
        }

        console.Field("Password", "(generated, never shown)");
        return NewUserDefaults.Password(random);
    }

    /// <summary>Another password after the pool rejected one; unattended runs cannot give one and stop.</summary>
    public Task<string> PasswordAfterRejectionAsync(CancellationToken cancellationToken)
    {
        if (!Interactive)
        {
            throw new ScenarioException("The password given with --password does not meet the pool's policy (see above). Give another one, or leave it out to have a strong one generated.");
        }

        return PasswordAsync(null, cancellationToken);
    }

    /// <summary>The password of a user that existed before this run, after the one given was wrong.</summary>
    public Task<string> ExistingUsersPasswordAsync(string username, CancellationToken cancellationToken) =>
        prompter.AskSecretAsync($"Password of {username}", false, cancellationToken);

    /// <summary>The email address: from the options, typed (locally Enter takes a placeholder), or the placeholder.</summary>
    public async Task<string> EmailAsync(string username, CancellationToken cancellationToken) =>
        options.Email ?? (Interactive
            ? await prompter.AskAsync("Email address", target.IsAws ? null : NewUserDefaults.Email(username), AnswerRules.Email, cancellationToken).ConfigureAwait(false)
            : NewUserDefaults.Email(username));

    /// <summary>Whether to go on with a user that exists already (true) or pick another name.</summary>
    public async Task<bool> ContinueExistingUserAsync(CancellationToken cancellationToken) =>
        !Interactive || await prompter.ChooseAsync("Continue with this user from where it stands, or choose another name?",
            [ContinueChoice, OtherUserChoice], ContinueChoice, cancellationToken).ConfigureAwait(false) == ContinueChoice;

    /// <summary>Whether to send a new confirmation code before confirming.</summary>
    public async Task<bool> ResendConfirmationCodeAsync(CancellationToken cancellationToken) =>
        // Unattended runs resend only where they can read the new code (LocalCognito's outbox).
        Interactive
            ? await prompter.ConfirmAsync("Send a new confirmation code?", false, cancellationToken).ConfigureAwait(false)
            : target.HasOutbox;

    /// <summary>Whether to send a new code after the one typed had expired (asked only interactively).</summary>
    public Task<bool> ResendExpiredCodeAsync(CancellationToken cancellationToken) =>
        prompter.ConfirmAsync("Send a new code?", true, cancellationToken);

    /// <summary>The confirmation code: typed (locally Enter takes the one from the local email), or read from the outbox.</summary>
    /// <param name="localCode">The code in LocalCognito's newest email for the user, when there is an outbox.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    public async Task<string> ConfirmationCodeAsync(string? localCode, CancellationToken cancellationToken)
    {
        if (!Interactive)
        {
            if (localCode is null)
            {
                throw new ScenarioException(target.HasOutbox
                    ? "No confirmation code arrived in LocalCognito's outbox."
                    : "--non-interactive cannot read the confirmation email from Amazon Cognito. Add --admin-confirm to confirm the user with AdminConfirmSignUp.");
            }

            console.Field("Confirmation code", localCode + " (read from the local outbox)");
            return localCode;
        }

        // Locally the code is on screen already, so Enter takes it.
        return await prompter.AskAsync("Confirmation code from the email", localCode, AnswerRules.ConfirmationCode, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The MFA factor to set up, from what MFA_SETUP offers: asked when both are offered (--mfa is the default answer).</summary>
    /// <param name="offered">MFAS_CAN_SETUP.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    public async Task<MfaFactor> ChooseMfaFactorAsync(IReadOnlyList<string> offered, CancellationToken cancellationToken)
    {
        var app = offered.Contains("SOFTWARE_TOKEN_MFA");
        var email = offered.Contains("EMAIL_OTP");
        if (app && email)
        {
            if (!Interactive)
            {
                console.Field("MFA factor", (options.Mfa == MfaFactor.Email ? EmailChoice : AppChoice) + " (--mfa)");
                return options.Mfa;
            }

            var answer = await prompter.ChooseAsync("Authenticator app or email codes?", [AppChoice, EmailChoice],
                options.Mfa == MfaFactor.Email ? EmailChoice : AppChoice, cancellationToken).ConfigureAwait(false);
            return answer == EmailChoice ? MfaFactor.Email : MfaFactor.App;
        }

        if (email)
        {
            if (options.Mfa == MfaFactor.App)
            {
                console.Info("The pool offers email codes only (EMAIL_OTP), so the user gets email MFA.");
            }

            return MfaFactor.Email;
        }

        if (options.Mfa == MfaFactor.Email)
        {
            console.Warning("The pool does not offer email MFA (no EMAIL_OTP in MFAS_CAN_SETUP), so the user gets an authenticator app. Email MFA needs the Essentials tier and EmailMfaConfiguration in the pool's MFA settings.");
        }

        return MfaFactor.App;
    }

    /// <summary>The emailed MFA code: typed (locally Enter takes the one from the local email), or read from the outbox.</summary>
    /// <param name="localCode">The code in LocalCognito's newest email for the user, when there is an outbox.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    public async Task<string> EmailMfaCodeAsync(string? localCode, CancellationToken cancellationToken)
    {
        if (!Interactive)
        {
            var code = localCode ?? throw new ScenarioException("--non-interactive cannot read the MFA code from a real mailbox. Use --mfa app (the built-in authenticator types the codes).");
            console.Field("Code", code + " (read from the local outbox)");
            return code;
        }

        return await prompter.AskAsync("Code from the email", localCode, AnswerRules.ConfirmationCode, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the built-in authenticator types the codes (always unattended; offered for local pools only).</summary>
    public async Task<bool> UseBuiltInAuthenticatorAsync(CancellationToken cancellationToken)
    {
        if (!Interactive)
        {
            return true;
        }

        if (target.IsAws)
        {
            // Against AWS a real authenticator is the point.
            return false;
        }

        console.Info($"No authenticator app at hand? The \"{BuiltInChoice}\" authenticator of this program can type the codes for you (local pools only).");
        return await prompter.ChooseAsync("Who enters the codes?", [AppChoice, BuiltInChoice], AppChoice, cancellationToken).ConfigureAwait(false) == BuiltInChoice;
    }

    /// <summary>A TOTP code: from the built-in authenticator when one was chosen, otherwise typed from the app.</summary>
    public async Task<string> AuthenticatorCodeAsync(BuiltInAuthenticator? authenticator, CancellationToken cancellationToken)
    {
        if (authenticator is not null)
        {
            string code;
            try
            {
                code = authenticator.NextCode();
            }
            catch (InvalidOperationException exception)
            {
                throw new ScenarioException(exception.Message);
            }

            console.Field("Code", code + " (typed by the built-in authenticator)");
            return code;
        }

        if (!Interactive)
        {
            throw new ScenarioException("--non-interactive needs the built-in authenticator, but the user was enrolled with another one. Use a new user name.");
        }

        return await prompter.AskAsync("Code from your authenticator app", null, AnswerRules.AuthenticatorCode, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether to show the password once, to type it on a sign-in page (it may have been generated, never shown); Enter = no.</summary>
    public Task<bool> RevealPasswordAsync(CancellationToken cancellationToken) =>
        prompter.ConfirmAsync("Show the user's password once, to type it on the page? (needed if it was generated)", false, cancellationToken);

    /// <summary>Whether to run an optional step: asked, Enter = yes; unattended runs run it.</summary>
    public async Task<bool> RunOptionalStepAsync(string question, CancellationToken cancellationToken) =>
        !Interactive || await prompter.ConfirmAsync(question, true, cancellationToken).ConfigureAwait(false);

    /// <summary>A new password for the reset: typed masked (Enter generates one), or generated; never shown.</summary>
    public async Task<string> NewPasswordAsync(CancellationToken cancellationToken)
    {
        var answer = Interactive
            ? await prompter.AskSecretAsync("New password (Enter = generate a strong one)", true, cancellationToken).ConfigureAwait(false)
            : string.Empty;
        if (answer.Length > 0)
        {
            return answer;
        }

        console.Field("New password", "(generated, never shown)");
        return NewUserDefaults.Password(random);
    }

    /// <summary>The password reset code: typed (locally Enter takes the one from the local email), or read from the outbox.</summary>
    /// <param name="localCode">The code in LocalCognito's newest email for the user, when there is an outbox.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    public async Task<string> ResetCodeAsync(string? localCode, CancellationToken cancellationToken)
    {
        if (!Interactive)
        {
            var code = localCode ?? throw new ScenarioException("No password reset code arrived in LocalCognito's outbox.");
            console.Field("Reset code", code + " (read from the local outbox)");
            return code;
        }

        return await prompter.AskAsync("Password reset code from the email", localCode, AnswerRules.ConfirmationCode, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether to delete the user at the end (not with --keep-user; unattended runs delete).</summary>
    public async Task<bool> DeleteUserAsync(string username, CancellationToken cancellationToken) =>
        !options.KeepUser && (!Interactive
            || await prompter.ConfirmAsync($"Delete user {username}?", true, cancellationToken).ConfigureAwait(false));
}
