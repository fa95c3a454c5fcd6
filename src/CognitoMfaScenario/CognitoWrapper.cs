using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Configuration;
using CognitoSrp;

namespace CognitoMfaScenario;

/// <summary>
/// One method per Cognito action the scenario uses. It fills in the pool id, the client id and,
/// when the app client has a secret, SECRET_HASH; it returns the SDK's responses as they are and
/// lets the SDK's exceptions through (the scenario decides what they mean). No console I/O here.
/// </summary>
public sealed class CognitoWrapper(IAmazonCognitoIdentityProvider client, ScenarioTarget target)
{
    /// <summary>The user pool the wrapper works on.</summary>
    public string PoolId => target.PoolId;

    /// <summary>The app client the wrapper signs in with.</summary>
    public string ClientId => target.ClientId;

    /// <summary>Signs up a new user with an email attribute (SignUp).</summary>
    /// <param name="username">The new user name.</param>
    /// <param name="password">The password, checked against the pool's password policy.</param>
    /// <param name="email">Where the confirmation code goes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Whether the user is confirmed already, its sub, and where the code was sent.</returns>
    public Task<SignUpResponse> SignUpAsync(string username, string password, string email, CancellationToken cancellationToken) =>
        client.SignUpAsync(new SignUpRequest
        {
            ClientId = ClientId,
            Username = username,
            Password = password,
            SecretHash = HashFor(username),
            UserAttributes = [new AttributeType { Name = "email", Value = email }],
        }, cancellationToken);

    /// <summary>Gets a user's status and attributes as an administrator (AdminGetUser).</summary>
    public Task<AdminGetUserResponse> AdminGetUserAsync(string username, CancellationToken cancellationToken) =>
        client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = PoolId, Username = username }, cancellationToken);

    /// <summary>Sends a new confirmation code (ResendConfirmationCode).</summary>
    /// <returns>The delivery medium and the masked destination.</returns>
    public Task<ResendConfirmationCodeResponse> ResendConfirmationCodeAsync(string username, CancellationToken cancellationToken) =>
        client.ResendConfirmationCodeAsync(new ResendConfirmationCodeRequest
        {
            ClientId = ClientId,
            Username = username,
            SecretHash = HashFor(username),
        }, cancellationToken);

    /// <summary>Confirms a signed-up user with the emailed code (ConfirmSignUp).</summary>
    public Task<ConfirmSignUpResponse> ConfirmSignUpAsync(string username, string code, CancellationToken cancellationToken) =>
        client.ConfirmSignUpAsync(new ConfirmSignUpRequest
        {
            ClientId = ClientId,
            Username = username,
            ConfirmationCode = code,
            SecretHash = HashFor(username),
        }, cancellationToken);

    /// <summary>Confirms a user without a code, as an administrator (AdminConfirmSignUp); for unattended runs against AWS.</summary>
    public Task<AdminConfirmSignUpResponse> AdminConfirmSignUpAsync(string username, CancellationToken cancellationToken) =>
        client.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = PoolId, Username = username }, cancellationToken);

    /// <summary>Lists every user of the pool, following pagination tokens (ListUsers).</summary>
    /// <param name="pageSize">Users per request (1–60).</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public async Task<IReadOnlyList<UserType>> ListUsersAsync(int pageSize, CancellationToken cancellationToken)
    {
        var users = new List<UserType>();
        string? paginationToken = null;
        do
        {
            var page = await client.ListUsersAsync(new ListUsersRequest
            {
                UserPoolId = PoolId,
                Limit = pageSize,
                PaginationToken = paginationToken,
            }, cancellationToken).ConfigureAwait(false);
            users.AddRange(page.Users ?? []);
            paginationToken = page.PaginationToken;
        }
        while (!string.IsNullOrEmpty(paginationToken));

        return users;
    }

    /// <summary>Describes the user pool (DescribeUserPool): password policy, MFA configuration.</summary>
    public Task<DescribeUserPoolResponse> DescribeUserPoolAsync(CancellationToken cancellationToken) =>
        client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = PoolId }, cancellationToken);

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

    /// <summary>Turns on email MFA for a user and makes it the preferred factor (AdminSetUserMFAPreference with EmailMfaSettings).</summary>
    public Task<AdminSetUserMFAPreferenceResponse> AdminPreferEmailMfaAsync(string username, CancellationToken cancellationToken) =>
        client.AdminSetUserMFAPreferenceAsync(new AdminSetUserMFAPreferenceRequest
        {
            UserPoolId = PoolId,
            Username = username,
            EmailMfaSettings = new EmailMfaSettingsType { Enabled = true, PreferredMfa = true },
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

    /// <summary>Describes the app client (DescribeUserPoolClient): whether it rotates refresh tokens.</summary>
    public Task<DescribeUserPoolClientResponse> DescribeUserPoolClientAsync(CancellationToken cancellationToken) =>
        client.DescribeUserPoolClientAsync(new DescribeUserPoolClientRequest { UserPoolId = PoolId, ClientId = ClientId }, cancellationToken);

    /// <summary>New access and id tokens from a refresh token (InitiateAuth, REFRESH_TOKEN_AUTH).</summary>
    /// <param name="username">The user's name, for SECRET_HASH when the client has a secret.</param>
    /// <param name="refreshToken">The refresh token of an earlier sign-in.</param>
    /// <param name="deviceKey">The remembered device the sign-in ran on: Cognito refuses the refresh without it.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<InitiateAuthResponse> RefreshTokensAsync(string username, string refreshToken, string? deviceKey, CancellationToken cancellationToken) =>
        client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = ClientId,
            AuthFlow = AuthFlowType.REFRESH_TOKEN_AUTH,
            AuthParameters = WithSecretHash(username, WithDeviceKey(deviceKey, new() { ["REFRESH_TOKEN"] = refreshToken })),
        }, cancellationToken);

    /// <summary>New tokens, and a new refresh token where the client rotates them (GetTokensFromRefreshToken).</summary>
    /// <param name="refreshToken">The refresh token of an earlier sign-in.</param>
    /// <param name="deviceKey">The remembered device the sign-in ran on, or null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<GetTokensFromRefreshTokenResponse> GetTokensFromRefreshTokenAsync(string refreshToken, string? deviceKey, CancellationToken cancellationToken) =>
        client.GetTokensFromRefreshTokenAsync(new GetTokensFromRefreshTokenRequest
        {
            ClientId = ClientId,
            ClientSecret = target.ClientSecret,
            RefreshToken = refreshToken,
            DeviceKey = deviceKey,
        }, cancellationToken);

    /// <summary>The signed-in user's own profile (GetUser); Cognito checks that the access token is not revoked.</summary>
    public Task<GetUserResponse> GetUserAsync(string accessToken, CancellationToken cancellationToken) =>
        client.GetUserAsync(new GetUserRequest { AccessToken = accessToken }, cancellationToken);

    /// <summary>Signs the user out everywhere (GlobalSignOut): revokes its refresh tokens and the access tokens issued with them.</summary>
    public Task<GlobalSignOutResponse> GlobalSignOutAsync(string accessToken, CancellationToken cancellationToken) =>
        client.GlobalSignOutAsync(new GlobalSignOutRequest { AccessToken = accessToken }, cancellationToken);

    /// <summary>Sends a password reset code to the user's verified email or phone (ForgotPassword).</summary>
    /// <returns>Where the code went (masked).</returns>
    public Task<ForgotPasswordResponse> ForgotPasswordAsync(string username, CancellationToken cancellationToken) =>
        client.ForgotPasswordAsync(new ForgotPasswordRequest
        {
            ClientId = ClientId,
            Username = username,
            SecretHash = HashFor(username),
        }, cancellationToken);

    /// <summary>Sets a new password with the reset code (ConfirmForgotPassword).</summary>
    /// <param name="username">The user.</param>
    /// <param name="code">The code from ForgotPassword's message.</param>
    /// <param name="newPassword">The new password, checked against the pool's policy.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<ConfirmForgotPasswordResponse> ConfirmForgotPasswordAsync(string username, string code, string newPassword, CancellationToken cancellationToken) =>
        client.ConfirmForgotPasswordAsync(new ConfirmForgotPasswordRequest
        {
            ClientId = ClientId,
            Username = username,
            ConfirmationCode = code,
            Password = newPassword,
            SecretHash = HashFor(username),
        }, cancellationToken);

    /// <summary>
    /// Sets a user's password as an administrator (AdminSetUserPassword, permanent): the way out when the user cannot
    /// reset it by themselves, e.g. email MFA disqualifies the only recovery channel.
    /// </summary>
    public Task<AdminSetUserPasswordResponse> AdminSetPermanentPasswordAsync(string username, string newPassword, CancellationToken cancellationToken) =>
        client.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = PoolId,
            Username = username,
            Password = newPassword,
            Permanent = true,
        }, cancellationToken);

    /// <summary>Deletes a user as an administrator (AdminDeleteUser), for when its own tokens were revoked.</summary>
    public Task<AdminDeleteUserResponse> AdminDeleteUserAsync(string username, CancellationToken cancellationToken) =>
        client.AdminDeleteUserAsync(new AdminDeleteUserRequest { UserPoolId = PoolId, Username = username }, cancellationToken);

    /// <summary>Deletes the signed-in user (DeleteUser with its access token).</summary>
    public Task<DeleteUserResponse> DeleteUserAsync(string accessToken, CancellationToken cancellationToken) =>
        client.DeleteUserAsync(new DeleteUserRequest { AccessToken = accessToken }, cancellationToken);

    private string? HashFor(string username) =>
        target.ClientSecret is { Length: > 0 } secret ? SecretHash.Compute(username: username, clientId: ClientId, clientSecret: secret) : null;

    private static Dictionary<string, string> WithDeviceKey(string? deviceKey, Dictionary<string, string> parameters)
    {
        if (deviceKey is not null)
        {
            parameters["DEVICE_KEY"] = deviceKey;
        }

        return parameters;
    }

    /// <summary>
    /// Answers a challenge of the public sign-in (RespondToAuthChallenge): USERNAME and, for clients with a secret,
    /// SECRET_HASH go with every answer.
    /// </summary>
    private Task<RespondToAuthChallengeResponse> RespondAsync(ChallengeNameType challenge, string username, string? session,
        Dictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var responses = new Dictionary<string, string> { ["USERNAME"] = username };
        foreach (var (name, value) in answers)
        {
            responses[name] = value;
        }

        return client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = ClientId,
            ChallengeName = challenge,
            Session = session,
            ChallengeResponses = WithSecretHash(username, responses),
        }, cancellationToken);
    }

    private Dictionary<string, string> WithSecretHash(string username, Dictionary<string, string> parameters)
    {
        if (HashFor(username) is { } hash)
        {
            parameters["SECRET_HASH"] = hash;
        }

        return parameters;
    }
}
