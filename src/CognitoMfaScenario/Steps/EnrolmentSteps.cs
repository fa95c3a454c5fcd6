using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.State;
using CognitoMfaScenario.Steps.Conversation;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps;

/// <summary>The steps that set up MFA: the first sign-in (MFA_SETUP), adding a factor, verifying it.</summary>
public sealed class EnrolmentSteps(AccountState account, MfaState mfa, SessionState session, IAnsiConsole console, FirstSignIn firstSignIn,
    FactorEnrolment enrolment, UserSignIn userSignIn)
{
    /// <summary>Sign in as administrator; a new user gets the MFA_SETUP challenge.</summary>
    public Task SignInAsAdminAsync(CancellationToken cancellationToken) => firstSignIn.SignInAsync(cancellationToken);

    /// <summary>
    /// Choose the factor (app or email, when the pool offers both); for an app get a TOTP secret, show it as text and as a
    /// QR code, and choose who types the codes; for email turn on email MFA as the user's preferred factor.
    /// </summary>
    public async Task AssociateAuthenticatorAsync(CancellationToken cancellationToken)
    {
        if (mfa.Enrolled)
        {
            console.Info("The user has an MFA factor already: nothing to add.");
            return;
        }

        mfa.Choose(await enrolment.ChooseFactorAsync(mfa.TypesOffered, cancellationToken).ConfigureAwait(false));
        if (mfa.Factor == MfaFactor.Email)
        {
            await enrolment.TurnOnEmailMfaAsync(account.Username, cancellationToken).ConfigureAwait(false);
            return;
        }

        var pending = await enrolment.AssociateAsync(account.Username, FactorEnrolment.RequireSession(mfa.SetupSession), cancellationToken).ConfigureAwait(false);
        mfa.Associated(pending, await enrolment.ChooseAuthenticatorAsync(pending.Secret, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Verify a code from the authenticator, then complete MFA_SETUP (a dead session signs in again); for email, sign in with the first emailed code.</summary>
    public async Task VerifyAuthenticatorAsync(CancellationToken cancellationToken)
    {
        if (mfa.Enrolled)
        {
            console.Info("The user has an MFA factor already: nothing to verify.");
            return;
        }

        if (mfa.Factor == MfaFactor.Email)
        {
            // The API reference: to set up email MFA, restart the authentication flow; the challenge is then EMAIL_OTP.
            var signedIn = await userSignIn.SignInAsync(account.Username, account.Password, device: null, mfa.Codes with { Authenticator = null }, cancellationToken)
                .ConfigureAwait(false);
            session.SignedIn(signedIn.Tokens);
            mfa.Completed();
            console.Success("Signed in with the emailed code: email MFA works. Every sign-in from now on asks for a code.");
            return;
        }

        var pending = mfa.Enrolment ?? throw new InvalidOperationException("No secret to verify: the authenticator was not added.");
        for (var restart = 0; ; restart++)
        {
            try
            {
                session.SignedIn(await enrolment.VerifyAndCompleteAsync(account.Username, pending, mfa.Authenticator, cancellationToken).ConfigureAwait(false));
                mfa.Completed();
                console.Success("MFA_SETUP complete: Cognito issued tokens. Every sign-in from now on asks for a code.");
                return;
            }
            catch (NotAuthorizedException exception) when (exception.IsSessionProblem() && restart < RetryLimits.SessionRestarts)
            {
                console.Warning(AdminPasswordSignIn.SessionRestartNotice);
                var setupSession = await firstSignIn.SignInAsync(cancellationToken).ConfigureAwait(false);
                if (mfa.Enrolled)
                {
                    console.Info("The authenticator was verified before the session ran out: MFA is set up.");
                    return;
                }

                console.Warning("Cognito issued a new secret: the old one is void. Replace the entry in your authenticator app.");
                pending = await enrolment.AssociateAsync(account.Username, FactorEnrolment.RequireSession(setupSession), cancellationToken).ConfigureAwait(false);
                // Codes from the old secret no longer count, so the built-in authenticator takes the new one.
                mfa.Associated(pending, mfa.Authenticator is null ? null : enrolment.BuiltInFor(pending.Secret));
            }
        }
    }
}
