using System.Security.Cryptography;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Errors;
using CognitoSrp;

namespace CognitoMfaScenario.Cognito;

/// <summary>
/// Signs in from a remembered device, without an MFA code: the password sign-in names the device (DEVICE_KEY),
/// Cognito answers DEVICE_SRP_AUTH, and the device proves it knows its own password (DEVICE_PASSWORD_VERIFIER).
/// <see cref="FirstFactorSignIn"/> does the password part.
/// </summary>
public sealed class RememberedDeviceSignIn(CognitoWrapper cognito, TimeProvider timeProvider, RandomNumberGenerator random)
{
    /// <summary>
    /// Answers DEVICE_SRP_AUTH (from any password sign-in that sent the device key)
    /// and then DEVICE_PASSWORD_VERIFIER.
    /// </summary>
    /// <returns>The tokens.</returns>
    /// <exception cref="ScenarioException">Cognito asked for something else, or its parameters are unusable.</exception>
    public async Task<AuthenticationResultType> AnswerDeviceChallengeAsync(SignInOutcome challenge, string username, RememberedDevice device,
        CancellationToken cancellationToken)
    {
        if (challenge.ChallengeName != ChallengeNameType.DEVICE_SRP_AUTH)
        {
            throw new ScenarioException($"Expected the DEVICE_SRP_AUTH challenge for the remembered device but got {challenge.Describe}.");
        }

        // Cognito may name the user differently from how it was typed (an alias); it wants its own name back.
        var srpUsername = challenge.Parameter("USERNAME") ?? username;
        var srp = new SrpClient(random);
        var verifier = SignInOutcome.From(await cognito.RespondToDeviceSrpAuthAsync(srpUsername, device.DeviceKey, srp.SrpAHex,
            challenge.Session!, cancellationToken).ConfigureAwait(false));
        if (verifier.ChallengeName != ChallengeNameType.DEVICE_PASSWORD_VERIFIER)
        {
            throw new ScenarioException($"Expected the DEVICE_PASSWORD_VERIFIER challenge but got {verifier.Describe}.");
        }

        var claim = PasswordClaim.For(srp, verifier, device.DeviceGroupKey, device.DeviceKey, device.DevicePassword, timeProvider.GetUtcNow());
        var signedIn = await cognito.RespondToDevicePasswordVerifierAsync(verifier.Parameter("USERNAME") ?? srpUsername, device.DeviceKey,
            claim.Signature, claim.SecretBlock, claim.Timestamp, verifier.Session, cancellationToken).ConfigureAwait(false);
        return signedIn.AuthenticationResult
            ?? throw new ScenarioException($"The device sign-in ended with another challenge ({signedIn.ChallengeName?.Value}) instead of tokens.");
    }
}
