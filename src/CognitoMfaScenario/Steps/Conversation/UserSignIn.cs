using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Cognito;
using CognitoMfaScenario.State;

namespace CognitoMfaScenario.Steps.Conversation;

/// <summary>How a sign-in got past MFA.</summary>
/// <param name="Tokens">The tokens.</param>
/// <param name="ByRememberedDevice">True when the remembered device's proof replaced the MFA code.</param>
public sealed record SignedIn(AuthenticationResultType Tokens, bool ByRememberedDevice);

/// <summary>
/// A whole sign-in after MFA set-up, the way an app does it: the password (by SRP unless --auth password), then
/// whatever Cognito asks next: the remembered device's proof (DEVICE_SRP_AUTH) or an MFA code.
/// </summary>
public sealed class UserSignIn(FirstFactorSignIn firstFactor, MfaChallengeAnswer mfaAnswer, RememberedDeviceSignIn deviceSignIn)
{
    /// <summary>Whether the password is proved by SRP rather than sent (--auth).</summary>
    public bool UsesSrp => firstFactor.UsesSrp;

    /// <param name="username">The user name.</param>
    /// <param name="password">The password (only a proof of it is sent with SRP).</param>
    /// <param name="device">The remembered device to sign in from, or null.</param>
    /// <param name="codes">Where MFA codes come from.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    public async Task<SignedIn> SignInAsync(string username, string password, RememberedDevice? device, MfaCodes codes,
        CancellationToken cancellationToken)
    {
        var outcome = await firstFactor.SignInAsync(username, password, device?.DeviceKey, cancellationToken).ConfigureAwait(false);
        if (device is not null && outcome.ChallengeName == ChallengeNameType.DEVICE_SRP_AUTH)
        {
            var tokens = await deviceSignIn.AnswerDeviceChallengeAsync(outcome, outcome.AnswerAs(username), device, cancellationToken).ConfigureAwait(false);
            return new SignedIn(tokens, ByRememberedDevice: true);
        }

        var mfaTokens = await mfaAnswer.AnswerAsync(outcome, username, codes,
            () => firstFactor.SignInAsync(username, password, device?.DeviceKey, cancellationToken), cancellationToken).ConfigureAwait(false);
        return new SignedIn(mfaTokens, ByRememberedDevice: false);
    }
}
