using System.Security.Cryptography;
using Amazon.CognitoIdentityProvider;
using CognitoMfaScenario.Errors;
using CognitoSrp;

namespace CognitoMfaScenario.Cognito;

/// <summary>
/// Signs in with a password by SRP, as Amplify and the Cognito identity SDKs do: InitiateAuth USER_SRP_AUTH
/// (sends SRP_A), then PASSWORD_VERIFIER answered with a proof computed here. The password never leaves the machine.
/// </summary>
public sealed class PasswordSrpSignIn(CognitoWrapper cognito, TimeProvider timeProvider, RandomNumberGenerator random)
{
    /// <param name="username">The user name (or an alias Cognito accepts).</param>
    /// <param name="password">The password; only a proof derived from it is sent.</param>
    /// <param name="deviceKey">A remembered device's key, so Cognito can skip MFA and ask DEVICE_SRP_AUTH instead; or null.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The next challenge (e.g. SOFTWARE_TOKEN_MFA, MFA_SETUP, DEVICE_SRP_AUTH) or tokens.</returns>
    /// <exception cref="ScenarioException">Cognito did not answer with PASSWORD_VERIFIER, or its parameters are unusable.</exception>
    public async Task<SignInOutcome> SignInAsync(string username, string password, string? deviceKey, CancellationToken cancellationToken)
    {
        var srp = new SrpClient(random);
        var start = SignInOutcome.From(await cognito.InitiateSrpAuthAsync(username, srp.SrpAHex, deviceKey, cancellationToken).ConfigureAwait(false));
        if (start.ChallengeName != ChallengeNameType.PASSWORD_VERIFIER)
        {
            throw new ScenarioException($"Expected the PASSWORD_VERIFIER challenge for the SRP sign-in but got {start.Describe}.");
        }

        // Cognito names the user by its internal id here; the proof and the answer use that name.
        var userIdForSrp = start.RequiredParameter("USER_ID_FOR_SRP");
        var claim = PasswordClaim.For(srp, start, SrpRealm.OfUserPool(cognito.PoolId), userIdForSrp, password, timeProvider.GetUtcNow());
        var answer = await cognito.RespondToPasswordVerifierAsync(userIdForSrp, claim.Signature, claim.SecretBlock, claim.Timestamp,
            deviceKey, start.Session, cancellationToken).ConfigureAwait(false);
        return SignInOutcome.From(answer) with { Username = userIdForSrp };
    }
}
