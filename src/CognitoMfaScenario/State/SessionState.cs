using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Cognito;
using CognitoMfaScenario.Errors;

namespace CognitoMfaScenario.State;

/// <summary>The newest tokens and the device they were issued on. One instance per run.</summary>
public sealed class SessionState
{
    /// <summary>Tokens of the newest sign-in or refresh.</summary>
    public AuthenticationResultType? Tokens { get; private set; }

    /// <summary>The device Cognito offered to remember (NewDeviceMetadata of an MFA sign-in).</summary>
    public NewDeviceMetadataType? NewDevice { get; private set; }

    /// <summary>The remembered device's key and secret, once ConfirmDevice accepted it.</summary>
    public RememberedDevice? Device { get; private set; }

    public bool DeviceRemembered => Device is not null;

    /// <summary>The newest tokens were revoked (sign-out) and no sign-in has happened since.</summary>
    public bool TokensRevoked { get; private set; }

    /// <summary>A sign-in finished: its tokens, and the device it offers to remember, if any.</summary>
    public void SignedIn(AuthenticationResultType tokens)
    {
        Tokens = tokens;
        NewDevice = tokens.NewDeviceMetadata ?? NewDevice;
        TokensRevoked = false;
    }

    public void Refreshed(AuthenticationResultType tokens) => Tokens = tokens;

    public void Remembered(RememberedDevice device) => Device = device;

    public void Revoked() => TokensRevoked = true;

    /// <exception cref="ScenarioException">No sign-in has finished.</exception>
    public string RequireAccessToken() =>
        Tokens?.AccessToken ?? throw new ScenarioException("There is no access token: the sign-in did not finish.");

    /// <exception cref="ScenarioException">The sign-in returned no refresh token.</exception>
    public string RequireRefreshToken() =>
        Tokens?.RefreshToken ?? throw new ScenarioException("There is no refresh token: the sign-in did not return one.");
}
