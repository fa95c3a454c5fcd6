using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Local;
using CognitoMfaScenario.Mfa;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps.Conversation;

/// <summary>What to do after Cognito refused a code.</summary>
public enum AfterRefusal
{
    /// <summary>Ask for a new code and send it.</summary>
    AskAgain,

    /// <summary>Send the same code again (it was never checked, e.g. the session had died).</summary>
    SendAgain,

    /// <summary>Stop asking: the caller starts over (a new sign-in brings a new code).</summary>
    StartOver,

    /// <summary>The refusal ends the step: the error goes up as it is.</summary>
    GiveUp,
}

/// <summary>What an emailed code is for.</summary>
public enum EmailedCode
{
    SignUpConfirmation,
    PasswordReset,
    SignIn,
}

/// <summary>
/// The one loop that asks for a one-time code, sends it, and on a refusal lets the caller say what happens next
/// (explain and ask again, start over, give up). After <see cref="RetryLimits.CodeRetries"/> refusals the next one
/// ends the step with Cognito's error, so a wrong answer is never asked for forever.
/// </summary>
public sealed class CodeEntry(Questions questions, LocalInbox inbox, IAnsiConsole console)
{
    private static readonly object Accepted = new();

    /// <summary>False with --non-interactive: a wrong typed code cannot be typed again.</summary>
    public bool Interactive => questions.Interactive;

    /// <summary>Whether emailed codes can be read without a person (LocalCognito's outbox).</summary>
    public bool CanReadEmail => inbox.IsAvailable;

    /// <summary>Shows the newest email to the user, where there is a local outbox.</summary>
    public Task ShowNewestEmailAsync(string username, CancellationToken cancellationToken) => inbox.ShowNewestAsync(username, cancellationToken);

    /// <summary>A TOTP code: from the built-in authenticator, or typed from the app.</summary>
    public Func<CancellationToken, Task<string>> FromAuthenticator(BuiltInAuthenticator? authenticator) =>
        cancellationToken => questions.AuthenticatorCodeAsync(authenticator, cancellationToken);

    /// <summary>A code from the newest email to the user: typed, or taken from the local outbox where there is one.</summary>
    /// <param name="username">Whose mailbox.</param>
    /// <param name="kind">What the code is for (it decides the question).</param>
    /// <param name="showEmail">Show the email before each question (for codes the step has not shown yet).</param>
    public Func<CancellationToken, Task<string>> FromEmail(string username, EmailedCode kind, bool showEmail = false) =>
        async cancellationToken =>
        {
            if (showEmail)
            {
                await inbox.ShowNewestAsync(username, cancellationToken).ConfigureAwait(false);
            }

            var localCode = await inbox.NewestCodeAsync(username, cancellationToken).ConfigureAwait(false);
            return kind switch
            {
                EmailedCode.SignUpConfirmation => await questions.ConfirmationCodeAsync(localCode, cancellationToken).ConfigureAwait(false),
                EmailedCode.PasswordReset => await questions.ResetCodeAsync(localCode, cancellationToken).ConfigureAwait(false),
                _ => await questions.EmailMfaCodeAsync(localCode, cancellationToken).ConfigureAwait(false),
            };
        };

    /// <summary>Asks for codes and sends them until Cognito accepts one.</summary>
    /// <param name="askCode">Where codes come from (<see cref="FromAuthenticator"/>, <see cref="FromEmail"/>).</param>
    /// <param name="send">Sends a code; Cognito's exception when it refuses it.</param>
    /// <param name="afterRefusal">Explains a refusal to the person and says what happens next.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <returns>What <paramref name="send"/> returned, or null when <paramref name="afterRefusal"/> said to start over.</returns>
    public async Task<T?> SendUntilAcceptedAsync<T>(Func<CancellationToken, Task<string>> askCode, Func<string, Task<T>> send,
        Func<AmazonCognitoIdentityProviderException, Task<AfterRefusal>> afterRefusal, CancellationToken cancellationToken)
        where T : class
    {
        string? sendAgain = null;
        for (var refusals = 0; ; refusals++)
        {
            var code = sendAgain ?? await askCode(cancellationToken).ConfigureAwait(false);
            sendAgain = null;
            try
            {
                return await send(code).ConfigureAwait(false);
            }
            catch (AmazonCognitoIdentityProviderException refusal) when (refusals < RetryLimits.CodeRetries)
            {
                switch (await afterRefusal(refusal).ConfigureAwait(false))
                {
                    case AfterRefusal.AskAgain:
                        break;
                    case AfterRefusal.SendAgain:
                        sendAgain = code;
                        break;
                    case AfterRefusal.StartOver:
                        return null;
                    default:
                        throw;
                }
            }
        }
    }

    /// <summary>
    /// The usual answer to a refused emailed code (sign-up confirmation, password reset): a wrong one is typed again,
    /// an expired one is replaced when the person wants a new one. Unattended runs give up: the outbox code was wrong.
    /// </summary>
    /// <param name="refusal">Cognito's refusal.</param>
    /// <param name="sendNewCode">Sends a new code (and shows it where there is an outbox).</param>
    /// <param name="withoutNewCode">The sentence the step ends with when the person wants no new code.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <returns>What to do next, or null for a refusal of another kind (the caller decides).</returns>
    public async Task<AfterRefusal?> AfterEmailedCodeRefusedAsync(AmazonCognitoIdentityProviderException refusal, Func<Task> sendNewCode,
        string withoutNewCode, CancellationToken cancellationToken)
    {
        switch (refusal)
        {
            case CodeMismatchException when Interactive:
                console.Problem("That code is not right. Check the newest email and try again.");
                return AfterRefusal.AskAgain;
            case ExpiredCodeException when Interactive:
                console.Problem("That code has expired.");
                if (!await questions.ResendExpiredCodeAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw new ScenarioException(withoutNewCode);
                }

                await sendNewCode().ConfigureAwait(false);
                return AfterRefusal.AskAgain;
            default:
                return null;
        }
    }

    /// <summary>As <see cref="SendUntilAcceptedAsync{T}"/> for a call whose answer the caller does not need.</summary>
    /// <returns>False when <paramref name="afterRefusal"/> said to start over.</returns>
    public async Task<bool> SendUntilAcceptedAsync(Func<CancellationToken, Task<string>> askCode, Func<string, Task> send,
        Func<AmazonCognitoIdentityProviderException, Task<AfterRefusal>> afterRefusal, CancellationToken cancellationToken) =>
        await SendUntilAcceptedAsync(askCode, async code =>
        {
            await send(code).ConfigureAwait(false);
            return Accepted;
        }, afterRefusal, cancellationToken).ConfigureAwait(false) is not null;
}
