using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Moq;

namespace CognitoMfaScenario.Tests.Support;

/// <summary>The scripted pool's MFA set-up and device confirmation.</summary>
public sealed partial class ScriptedCognito
{
    /// <summary>MFA set-up: email MFA by the administrator, the authenticator's secret and verification, remembering the device.</summary>
    private void SetupMfaSetUp()
    {
        Client.Setup(c => c.AdminSetUserMFAPreferenceAsync(It.IsAny<AdminSetUserMFAPreferenceRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((AdminSetUserMFAPreferenceRequest r, CancellationToken _) =>
            {
                Assert.Equal((PoolId, Username), (r.UserPoolId, r.Username));
                Assert.Equal((true, true), (r.EmailMfaSettings.Enabled, r.EmailMfaSettings.PreferredMfa));
                Assert.Null(r.SoftwareTokenMfaSettings);
                EmailEnrolled = true;
                return new AdminSetUserMFAPreferenceResponse();
            });

        Client.Setup(c => c.AssociateSoftwareTokenAsync(It.IsAny<AssociateSoftwareTokenRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((AssociateSoftwareTokenRequest r, CancellationToken _) =>
            {
                RequireSession(r.Session, "session-setup");
                return new AssociateSoftwareTokenResponse { SecretCode = TotpSecret, Session = "session-associated" };
            });

        Client.Setup(c => c.VerifySoftwareTokenAsync(It.IsAny<VerifySoftwareTokenRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((VerifySoftwareTokenRequest r, CancellationToken _) =>
            {
                RequireSession(r.Session, "session-associated");
                if (!AcceptCode(r.UserCode, out var wasReused) || wasReused)
                {
                    throw new EnableSoftwareTokenMFAException("Code mismatch and fail enable Software Token MFA");
                }

                Enrolled = true;
                return new VerifySoftwareTokenResponse { Status = VerifySoftwareTokenResponseType.SUCCESS, Session = "session-verified" };
            });

        Client.Setup(c => c.AdminRespondToAuthChallengeAsync(It.IsAny<AdminRespondToAuthChallengeRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((AdminRespondToAuthChallengeRequest r, CancellationToken _) =>
            {
                Assert.Equal(ChallengeNameType.MFA_SETUP, r.ChallengeName);
                RequireSession(r.Session, "session-verified");
                return new AdminRespondToAuthChallengeResponse { AuthenticationResult = IssueTokens(withDevice: false) };
            });

        Client.Setup(c => c.ConfirmDeviceAsync(It.IsAny<ConfirmDeviceRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ConfirmDeviceRequest r, CancellationToken _) =>
            {
                Assert.Equal(LastAccessToken, r.AccessToken);
                Assert.Equal(DeviceKey, r.DeviceKey);
                _deviceVerifier = r.DeviceSecretVerifierConfig.PasswordVerifier;
                _deviceSalt = r.DeviceSecretVerifierConfig.Salt;
                DeviceConfirmed = true;
                return new ConfirmDeviceResponse { UserConfirmationNecessary = false };
            });
    }
}
