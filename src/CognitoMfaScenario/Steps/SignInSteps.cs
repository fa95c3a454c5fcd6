using CognitoMfaScenario.SignIn;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps;

/// <summary>The steps that sign in after MFA is set up: with a code, then from a remembered device without one.</summary>
public sealed class SignInSteps(ScenarioState state, IAnsiConsole console, MfaCodeSignIn mfaSignIn, TokenReport tokenReport,
    DeviceRegistration deviceRegistration, RememberedDeviceSignIn deviceSignIn)
{
    /// <summary>Sign in again, answer SOFTWARE_TOKEN_MFA, and show the tokens.</summary>
    public async Task SignInWithMfaAsync(CancellationToken cancellationToken)
    {
        var tokens = await mfaSignIn.SignInAsync(state.Username, state.Authenticator, cancellationToken).ConfigureAwait(false);
        state.Tokens = tokens;
        state.NewDevice = tokens.NewDeviceMetadata ?? state.NewDevice;
        console.Success("Signed in with MFA.");
        await tokenReport.ShowAsync(tokens, cancellationToken).ConfigureAwait(false);
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

        state.Tokens = await deviceSignIn.SignInAsync(state.Username, state.Password, device, cancellationToken).ConfigureAwait(false);
        console.Success("Signed in from the remembered device: password and device proof, no MFA code.");
        tokenReport.WriteRaw("Access token", state.Tokens.AccessToken);
    }
}
