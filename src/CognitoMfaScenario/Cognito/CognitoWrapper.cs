using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Configuration;
using CognitoSrp;

namespace CognitoMfaScenario.Cognito;

/// <summary>
/// One method per Cognito action the scenario uses. It fills in the pool id, the client id and,
/// when the app client has a secret, SECRET_HASH; it returns the SDK's responses as they are and
/// lets the SDK's exceptions through (the scenario decides what they mean). No console I/O here.
/// </summary>
public sealed partial class CognitoWrapper(IAmazonCognitoIdentityProvider client, ScenarioTarget target)
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
