using CognitoMfaScenario.Cognito;
using CognitoMfaScenario.State;
using CognitoMfaScenario.Steps.Conversation;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps;

/// <summary>The steps that sign in after MFA is set up: with a code, then from a remembered device without one.</summary>
public sealed class SignInSteps(AccountState account, MfaState mfa, SessionState session, IAnsiConsole console, UserSignIn userSignIn,
    TokenReport tokenReport, DeviceRegistration deviceRegistration)
{
    /// <summary>Sign in again as an app does (SRP unless --auth password), answer the MFA challenge, and show the tokens.</summary>
    public async Task SignInWithMfaAsync(CancellationToken cancellationToken)
    {
        console.Info(userSignIn.UsesSrp
            ? "Signing in by SRP (USER_SRP_AUTH, then PASSWORD_VERIFIER), as apps do: the password never leaves this machine, only a proof computed from it."
            : "Signing in with USER_PASSWORD_AUTH (--auth password): the password itself goes to Cognito, which SRP avoids. Use it only for app clients without ALLOW_USER_SRP_AUTH.");
        var signedIn = await userSignIn.SignInAsync(account.Username, account.Password, device: null, mfa.Codes, cancellationToken).ConfigureAwait(false);
        session.SignedIn(signedIn.Tokens);
        console.Success("Signed in with MFA.");
        await tokenReport.ShowAsync(signedIn.Tokens, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Remember this device (ConfirmDevice), then sign in from it without an MFA code (device SRP).</summary>
    public async Task RememberDeviceAsync(CancellationToken cancellationToken)
    {
        if (session.NewDevice is not { DeviceKey: { } deviceKey, DeviceGroupKey: { } groupKey })
        {
            console.Warning("Cognito returned no NewDeviceMetadata: device tracking is off for this pool. Turn on device tracking (ChallengeRequiredOnNewDevice) to try this step.");
            return;
        }

        var accessToken = session.RequireAccessToken();
        var (device, userConfirmationNecessary) = await deviceRegistration.RememberAsync(accessToken, deviceKey, groupKey, cancellationToken).ConfigureAwait(false);
        session.Remembered(device);
        console.Success($"Device {deviceKey} is remembered (ConfirmDevice).");
        if (userConfirmationNecessary)
        {
            console.Info("The pool asks users to confirm remembering devices; the device key still works for this demonstration.");
        }

        var signedIn = await userSignIn.SignInAsync(account.Username, account.Password, device, mfa.Codes, cancellationToken).ConfigureAwait(false);
        session.SignedIn(signedIn.Tokens);
        if (signedIn.ByRememberedDevice)
        {
            console.Success(userSignIn.UsesSrp
                ? "Signed in from the remembered device: an SRP proof of the password, DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER for the device, no MFA code."
                : "Signed in from the remembered device: the password, DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER for the device, no MFA code.");
        }
        else
        {
            console.Warning("Cognito asked for an MFA code although the device is remembered: the pool may not let devices skip MFA.");
        }

        tokenReport.WriteRaw("Access token", signedIn.Tokens.AccessToken);
    }
}
