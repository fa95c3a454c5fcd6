using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoMfaScenario.Cognito;

/// <summary>MFA set-up calls: the authenticator's secret and its verification, email MFA, and remembering a device.</summary>
public sealed partial class CognitoWrapper
{
    /// <summary>Asks for a TOTP secret during MFA_SETUP (AssociateSoftwareToken with the challenge session).</summary>
    /// <returns>The base32 SecretCode and a new session.</returns>
    public Task<AssociateSoftwareTokenResponse> AssociateSoftwareTokenAsync(string session, CancellationToken cancellationToken) =>
        client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { Session = session }, cancellationToken);

    /// <summary>Proves the authenticator works by sending one of its codes (VerifySoftwareToken).</summary>
    /// <param name="session">The session from <see cref="AssociateSoftwareTokenAsync"/>.</param>
    /// <param name="code">The 6-digit code the authenticator shows.</param>
    /// <param name="friendlyDeviceName">A label for the authenticator.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>SUCCESS and a new session for completing MFA_SETUP.</returns>
    public Task<VerifySoftwareTokenResponse> VerifySoftwareTokenAsync(string session, string code, string friendlyDeviceName, CancellationToken cancellationToken) =>
        client.VerifySoftwareTokenAsync(new VerifySoftwareTokenRequest
        {
            Session = session,
            UserCode = code,
            FriendlyDeviceName = friendlyDeviceName,
        }, cancellationToken);

    /// <summary>Completes the MFA_SETUP challenge after a successful verification (AdminRespondToAuthChallenge).</summary>
    /// <returns>Tokens.</returns>
    public Task<AdminRespondToAuthChallengeResponse> AdminCompleteMfaSetupAsync(string username, string session, CancellationToken cancellationToken) =>
        client.AdminRespondToAuthChallengeAsync(new AdminRespondToAuthChallengeRequest
        {
            UserPoolId = PoolId,
            ClientId = ClientId,
            ChallengeName = ChallengeNameType.MFA_SETUP,
            Session = session,
            ChallengeResponses = WithSecretHash(username, new() { ["USERNAME"] = username }),
        }, cancellationToken);

    /// <summary>Remembers the device that signed in (ConfirmDevice) by registering its SRP verifier.</summary>
    /// <param name="accessToken">From the sign-in that returned NewDeviceMetadata.</param>
    /// <param name="deviceKey">NewDeviceMetadata.DeviceKey.</param>
    /// <param name="deviceName">A label shown in device lists.</param>
    /// <param name="passwordVerifier">Base64 SRP verifier of the device password.</param>
    /// <param name="salt">Base64 salt used for the verifier.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<ConfirmDeviceResponse> ConfirmDeviceAsync(string accessToken, string deviceKey, string deviceName, string passwordVerifier, string salt, CancellationToken cancellationToken) =>
        client.ConfirmDeviceAsync(new ConfirmDeviceRequest
        {
            AccessToken = accessToken,
            DeviceKey = deviceKey,
            DeviceName = deviceName,
            DeviceSecretVerifierConfig = new DeviceSecretVerifierConfigType { PasswordVerifier = passwordVerifier, Salt = salt },
        }, cancellationToken);
    /// <summary>Turns on email MFA for a user and makes it the preferred factor (AdminSetUserMFAPreference with EmailMfaSettings).</summary>
    public Task<AdminSetUserMFAPreferenceResponse> AdminPreferEmailMfaAsync(string username, CancellationToken cancellationToken) =>
        client.AdminSetUserMFAPreferenceAsync(new AdminSetUserMFAPreferenceRequest
        {
            UserPoolId = PoolId,
            Username = username,
            EmailMfaSettings = new EmailMfaSettingsType { Enabled = true, PreferredMfa = true },
        }, cancellationToken);
}
