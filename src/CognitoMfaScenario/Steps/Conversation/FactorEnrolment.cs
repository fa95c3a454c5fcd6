using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Cognito;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Mfa;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps.Conversation;

/// <summary>
/// Adds an MFA factor during MFA_SETUP: the choice between app and email; for an app AssociateSoftwareToken (secret
/// shown as text and QR code), the choice between an app and the built-in authenticator, VerifySoftwareToken with a
/// code, and the answer that completes MFA_SETUP. Each call takes the session it needs and returns the next one.
/// </summary>
public sealed class FactorEnrolment(CognitoWrapper cognito, CodeEntry codeEntry, IAnsiConsole console, Questions questions,
    AuthenticatorSecretView secretView, TimeProvider timeProvider)
{
    /// <summary>The factor to set up, from what MFA_SETUP offers (asked when both are, --mfa is the default answer).</summary>
    public Task<MfaFactor> ChooseFactorAsync(IReadOnlyList<string> offered, CancellationToken cancellationToken) =>
        questions.ChooseMfaFactorAsync(offered, cancellationToken);

    /// <summary>Turns on email MFA as the user's preferred factor (no code needed to set it up).</summary>
    public async Task TurnOnEmailMfaAsync(string username, CancellationToken cancellationToken)
    {
        await cognito.AdminPreferEmailMfaAsync(username, cancellationToken).ConfigureAwait(false);
        console.Success("Email MFA is on for the user and preferred (AdminSetUserMFAPreference with EmailMfaSettings). Cognito emails a code at every sign-in.");
        console.Info("Cognito sets up email MFA without a code; the next step signs in again and answers the first emailed code (EMAIL_OTP).");
    }

    /// <summary>Gets a new secret with the MFA_SETUP session and shows it. A new secret voids every earlier one.</summary>
    /// <returns>The secret and the session for verifying it.</returns>
    public async Task<PendingEnrolment> AssociateAsync(string username, string session, CancellationToken cancellationToken)
    {
        var response = await cognito.AssociateSoftwareTokenAsync(session, cancellationToken).ConfigureAwait(false);
        var secret = response.SecretCode ?? throw new ScenarioException("Cognito returned no secret code.");
        await secretView.ShowAsync(AppNames.Issuer, username, secret, cancellationToken).ConfigureAwait(false);
        return new PendingEnrolment(secret, response.Session);
    }

    /// <summary>Asks who types the codes.</summary>
    /// <returns>The built-in authenticator for the secret, or null when the person uses an app.</returns>
    public async Task<BuiltInAuthenticator?> ChooseAuthenticatorAsync(string secret, CancellationToken cancellationToken)
    {
        if (!await questions.UseBuiltInAuthenticatorAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        console.Info("Codes will come from the BUILT-IN authenticator (a stand-in for an app, for demonstrations only).");
        return BuiltInFor(secret);
    }

    /// <summary>The built-in authenticator for a secret (after a new secret replaced the old one).</summary>
    public BuiltInAuthenticator BuiltInFor(string secret) => new(secret, timeProvider);

    /// <summary>Verifies a code from the authenticator (asking again after a mismatch), then completes MFA_SETUP.</summary>
    /// <param name="username">The user enrolling.</param>
    /// <param name="enrolment">The secret and session from <see cref="AssociateAsync"/>.</param>
    /// <param name="authenticator">The built-in authenticator, or null when codes are typed from an app.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <returns>The tokens Cognito issues when MFA_SETUP is complete.</returns>
    public async Task<AuthenticationResultType> VerifyAndCompleteAsync(string username, PendingEnrolment enrolment, BuiltInAuthenticator? authenticator,
        CancellationToken cancellationToken)
    {
        var session = RequireSession(enrolment.Session);
        var verified = await codeEntry.SendUntilAcceptedAsync(codeEntry.FromAuthenticator(authenticator),
            code => cognito.VerifySoftwareTokenAsync(session, code, AppNames.Authenticator, cancellationToken),
            refusal =>
            {
                if (refusal is EnableSoftwareTokenMFAException or CodeMismatchException && authenticator is null)
                {
                    console.Problem("The code did not match. Codes depend on the time: check that the phone's clock is set automatically, then enter the newest code.");
                    return Task.FromResult(AfterRefusal.AskAgain);
                }

                return Task.FromResult(AfterRefusal.GiveUp);
            }, cancellationToken).ConfigureAwait(false);
        if (verified?.Status != VerifySoftwareTokenResponseType.SUCCESS)
        {
            throw new ScenarioException($"VerifySoftwareToken answered {verified?.Status?.Value ?? "no status"} instead of SUCCESS.");
        }

        console.Success("The authenticator is verified.");
        var completed = await cognito.AdminCompleteMfaSetupAsync(username, RequireSession(verified.Session), cancellationToken).ConfigureAwait(false);
        return completed.AuthenticationResult
            ?? throw new ScenarioException($"Completing MFA_SETUP gave another challenge ({completed.ChallengeName?.Value}) instead of tokens.");
    }

    /// <exception cref="ScenarioException">The session is missing.</exception>
    public static string RequireSession(string? session) =>
        session ?? throw new ScenarioException("Cognito returned no session for the challenge. Sign in again.");
}
