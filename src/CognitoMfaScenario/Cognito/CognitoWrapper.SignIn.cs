using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoMfaScenario.Cognito;

/// <summary>Sign-in calls: the administrator sign-in, the password by SRP or sent, and the answers to each challenge.</summary>
public sealed partial class CognitoWrapper
{
    /// <summary>Starts an administrator sign-in with user name and password (AdminInitiateAuth, ADMIN_USER_PASSWORD_AUTH).</summary>
    /// <returns>A challenge (MFA_SETUP, SOFTWARE_TOKEN_MFA) with a session, or tokens.</returns>
    public Task<AdminInitiateAuthResponse> AdminSignInAsync(string username, string password, CancellationToken cancellationToken) =>
        client.AdminInitiateAuthAsync(new AdminInitiateAuthRequest
        {
            UserPoolId = PoolId,
            ClientId = ClientId,
            AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
            AuthParameters = WithSecretHash(username, new()
            {
                ["USERNAME"] = username,
                ["PASSWORD"] = password,
            }),
        }, cancellationToken);


    /// <summary>Starts an SRP sign-in (InitiateAuth, USER_SRP_AUTH): sends SRP_A, never the password.</summary>
    /// <param name="username">The user name.</param>
    /// <param name="srpA">The client's SRP public value as hex.</param>
    /// <param name="deviceKey">A remembered device's key, or null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The PASSWORD_VERIFIER challenge (SALT, SRP_B, SECRET_BLOCK, USER_ID_FOR_SRP).</returns>
    public Task<InitiateAuthResponse> InitiateSrpAuthAsync(string username, string srpA, string? deviceKey, CancellationToken cancellationToken) =>
        client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = ClientId,
            AuthFlow = AuthFlowType.USER_SRP_AUTH,
            AuthParameters = WithSecretHash(username, WithDeviceKey(deviceKey, new()
            {
                ["USERNAME"] = username,
                ["SRP_A"] = srpA,
            })),
        }, cancellationToken);

    /// <summary>Answers PASSWORD_VERIFIER with the SRP proof of the password (RespondToAuthChallenge).</summary>
    /// <param name="userIdForSrp">USER_ID_FOR_SRP from the challenge: the name Cognito wants back.</param>
    /// <param name="claimSignature">PASSWORD_CLAIM_SIGNATURE.</param>
    /// <param name="secretBlock">The challenge's SECRET_BLOCK.</param>
    /// <param name="timestamp">The TIMESTAMP the signature covers.</param>
    /// <param name="deviceKey">A remembered device's key, or null.</param>
    /// <param name="session">The challenge's session.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The next challenge (MFA, DEVICE_SRP_AUTH, …) or tokens.</returns>
    public Task<RespondToAuthChallengeResponse> RespondToPasswordVerifierAsync(string userIdForSrp, string claimSignature, string secretBlock, string timestamp,
        string? deviceKey, string? session, CancellationToken cancellationToken) =>
        RespondAsync(ChallengeNameType.PASSWORD_VERIFIER, userIdForSrp, session, WithDeviceKey(deviceKey, new()
        {
            ["PASSWORD_CLAIM_SIGNATURE"] = claimSignature,
            ["PASSWORD_CLAIM_SECRET_BLOCK"] = secretBlock,
            ["TIMESTAMP"] = timestamp,
        }), cancellationToken);

    /// <summary>Starts a sign-in that sends the password itself (InitiateAuth, USER_PASSWORD_AUTH), for app clients without SRP.</summary>
    /// <param name="username">The user name.</param>
    /// <param name="password">The password, sent to Cognito (over TLS).</param>
    /// <param name="deviceKey">A remembered device's key, or null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The next challenge (MFA, DEVICE_SRP_AUTH, …) or tokens.</returns>
    public Task<InitiateAuthResponse> InitiatePasswordAuthAsync(string username, string password, string? deviceKey, CancellationToken cancellationToken) =>
        client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = ClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = WithSecretHash(username, WithDeviceKey(deviceKey, new()
            {
                ["USERNAME"] = username,
                ["PASSWORD"] = password,
            })),
        }, cancellationToken);

    /// <summary>Answers the SOFTWARE_TOKEN_MFA challenge with an authenticator code (RespondToAuthChallenge).</summary>
    /// <param name="username">The name Cognito wants back (USER_ID_FOR_SRP after an SRP sign-in).</param>
    /// <param name="session">The challenge's session.</param>
    /// <param name="code">The 6-digit code.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Tokens, with NewDeviceMetadata when the pool tracks devices.</returns>
    public Task<RespondToAuthChallengeResponse> RespondToSoftwareTokenMfaAsync(string username, string? session, string code, CancellationToken cancellationToken) =>
        RespondAsync(ChallengeNameType.SOFTWARE_TOKEN_MFA, username, session, new()
        {
            ["SOFTWARE_TOKEN_MFA_CODE"] = code,
        }, cancellationToken);

    /// <summary>Answers the EMAIL_OTP challenge with the emailed code (RespondToAuthChallenge).</summary>
    /// <param name="username">The name Cognito wants back (USER_ID_FOR_SRP after an SRP sign-in).</param>
    /// <param name="session">The challenge's session.</param>
    /// <param name="code">The code from the email.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Tokens, with NewDeviceMetadata when the pool tracks devices.</returns>
    public Task<RespondToAuthChallengeResponse> RespondToEmailOtpAsync(string username, string? session, string code, CancellationToken cancellationToken) =>
        RespondAsync(ChallengeNameType.EMAIL_OTP, username, session, new()
        {
            ["EMAIL_OTP_CODE"] = code,
        }, cancellationToken);

    /// <summary>Picks the MFA factor when the user has several and no preference (SELECT_MFA_TYPE).</summary>
    /// <param name="username">The name Cognito wants back.</param>
    /// <param name="session">The challenge's session.</param>
    /// <param name="factor">SOFTWARE_TOKEN_MFA or EMAIL_OTP.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The chosen factor's challenge.</returns>
    public Task<RespondToAuthChallengeResponse> RespondToSelectMfaTypeAsync(string username, string? session, string factor, CancellationToken cancellationToken) =>
        RespondAsync(ChallengeNameType.SELECT_MFA_TYPE, username, session, new()
        {
            ["ANSWER"] = factor,
        }, cancellationToken);

    /// <summary>Answers DEVICE_SRP_AUTH with the client's SRP public value (RespondToAuthChallenge).</summary>
    /// <returns>The DEVICE_PASSWORD_VERIFIER challenge (SALT, SRP_B, SECRET_BLOCK).</returns>
    public Task<RespondToAuthChallengeResponse> RespondToDeviceSrpAuthAsync(string username, string deviceKey, string srpA, string session, CancellationToken cancellationToken) =>
        RespondAsync(ChallengeNameType.DEVICE_SRP_AUTH, username, session, new()
        {
            ["DEVICE_KEY"] = deviceKey,
            ["SRP_A"] = srpA,
        }, cancellationToken);

    /// <summary>Answers DEVICE_PASSWORD_VERIFIER with the SRP proof (RespondToAuthChallenge).</summary>
    /// <returns>Tokens, without an MFA code.</returns>
    public Task<RespondToAuthChallengeResponse> RespondToDevicePasswordVerifierAsync(string username, string deviceKey, string claimSignature, string secretBlock, string timestamp, string? session, CancellationToken cancellationToken) =>
        RespondAsync(ChallengeNameType.DEVICE_PASSWORD_VERIFIER, username, session, new()
        {
            ["DEVICE_KEY"] = deviceKey,
            ["PASSWORD_CLAIM_SIGNATURE"] = claimSignature,
            ["PASSWORD_CLAIM_SECRET_BLOCK"] = secretBlock,
            ["TIMESTAMP"] = timestamp,
        }, cancellationToken);
}
