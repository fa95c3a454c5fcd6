using CognitoMfaScenario.SignIn;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps;

/// <summary>The steps that sign in after MFA is set up: with a code, then from a remembered device without one.</summary>
public sealed class SignInSteps(ScenarioState state, IAnsiConsole console, FirstFactorSignIn firstFactor, UserSignIn userSignIn, TokenReport tokenReport,
    DeviceRegistration deviceRegistration)
{
    /// <summary>Sign in again as an app does (SRP unless --auth password), answer the MFA challenge, and show the tokens.</summary>
    public async Task SignInWithMfaAsync(CancellationToken cancellationToken)
    {
        console.Info(firstFactor.Explanation);
        var signedIn = await userSignIn.SignInAsync(state.Username, state.Password, device: null, state.Authenticator, cancellationToken).ConfigureAwait(false);
        state.Tokens = signedIn.Tokens;
        state.NewDevice = signedIn.Tokens.NewDeviceMetadata ?? state.NewDevice;
        console.Success("Signed in with MFA.");
        await tokenReport.ShowAsync(signedIn.Tokens, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Remember this device (ConfirmDevice), then sign in from it without an MFA code (device SRP).</summary>
    public async Task RememberDeviceAsync(CancellationToken cancellationToken)
    {
        if (state.NewDevice is not { DeviceKey: { } deviceKey, DeviceGroupKey: { } groupKey })
        {
            console.Warning("Cognito returned no NewDeviceMetadata: device tracking is off for this pool. Turn on device tracking (ChallengeRequiredOnNewDevice) to try this step.");
            return;
        }

        var accessToken = state.RequireAccessToken();
        var (device, userConfirmationNecessary) = await deviceRegistration.RememberAsync(accessToken, deviceKey, groupKey, cancellationToken).ConfigureAwait(false);
        state.Device = device;
        console.Success($"Device {deviceKey} is remembered (ConfirmDevice).");
        if (userConfirmationNecessary)
        {
            console.Info("The pool asks users to confirm remembering devices; the device key still works for this demonstration.");
        }

        var signedIn = await userSignIn.SignInAsync(state.Username, state.Password, device, state.Authenticator, cancellationToken).ConfigureAwait(false);
        state.Tokens = signedIn.Tokens;
        if (signedIn.ByRememberedDevice)
        {
            console.Success(firstFactor.UsesSrp
                ? "Signed in from the remembered device: an SRP proof of the password, DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER for the device, no MFA code."
                : "Signed in from the remembered device: the password, DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER for the device, no MFA code.");
        }
        else
        {
            console.Warning("Cognito asked for an MFA code although the device is remembered: the pool may not let devices skip MFA.");
        }

        tokenReport.WriteRaw("Access token", state.Tokens.AccessToken);
    }
}
