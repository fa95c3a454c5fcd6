using System.Security.Cryptography;
using System.Text;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Cognito;
using CognitoMfaScenario.Configuration;
using Moq;

namespace CognitoMfaScenario.Tests;

/// <summary>Each wrapper method sends the right request: ids, auth flow, challenge, responses, session, SECRET_HASH.</summary>
public sealed class CognitoWrapperTests
{
    private const string PoolId = "eu-west-1_Pool42";
    private const string ClientId = "client42";
    private const string Secret = "s3cr3t-of-the-app-client";
    private static readonly CancellationToken Token = new CancellationTokenSource().Token;

    private readonly Mock<IAmazonCognitoIdentityProvider> _client = new(MockBehavior.Strict);

    private CognitoWrapper Wrapper(string? clientSecret = null) =>
        new(_client.Object, new ScenarioTarget(TargetKind.Aws, PoolId, ClientId, clientSecret, "eu-west-1", null, false));

    /// <summary>Computed here independently of the app's SecretHash class.</summary>
    private static string ExpectedHash(string username) =>
        Convert.ToBase64String(new HMACSHA256(Encoding.UTF8.GetBytes(Secret)).ComputeHash(Encoding.UTF8.GetBytes(username + ClientId)));

    [Theory]
    [InlineData(null)]
    [InlineData(Secret)]
    public async Task SignUp_sends_client_id_credentials_email_and_secret_hash_only_with_a_secret(string? secret)
    {
        SignUpRequest? sent = null;
        _client.Setup(c => c.SignUpAsync(It.IsAny<SignUpRequest>(), Token))
            .Callback((SignUpRequest r, CancellationToken _) => sent = r)
            .ReturnsAsync(new SignUpResponse { UserSub = "sub" });

        var response = await Wrapper(secret).SignUpAsync("carol", "Pa55-word!", "carol@example.com", Token);

        Assert.Equal("sub", response.UserSub);
        Assert.Equal(ClientId, sent!.ClientId);
        Assert.Equal("carol", sent.Username);
        Assert.Equal("Pa55-word!", sent.Password);
        var email = Assert.Single(sent.UserAttributes);
        Assert.Equal(("email", "carol@example.com"), (email.Name, email.Value));
        Assert.Equal(secret is null ? null : ExpectedHash("carol"), sent.SecretHash);
    }

    [Fact]
    public async Task ConfirmSignUp_and_ResendConfirmationCode_send_the_code_and_the_secret_hash()
    {
        _client.Setup(c => c.ConfirmSignUpAsync(It.Is<ConfirmSignUpRequest>(r =>
                r.ClientId == ClientId && r.Username == "carol" && r.ConfirmationCode == "123456" && r.SecretHash == ExpectedHash("carol")), Token))
            .ReturnsAsync(new ConfirmSignUpResponse());
        _client.Setup(c => c.ResendConfirmationCodeAsync(It.Is<ResendConfirmationCodeRequest>(r =>
                r.ClientId == ClientId && r.Username == "carol" && r.SecretHash == ExpectedHash("carol")), Token))
            .ReturnsAsync(new ResendConfirmationCodeResponse());

        await Wrapper(Secret).ConfirmSignUpAsync("carol", "123456", Token);
        await Wrapper(Secret).ResendConfirmationCodeAsync("carol", Token);

        _client.VerifyAll();
    }

    [Fact]
    public async Task Admin_calls_name_the_pool()
    {
        _client.Setup(c => c.AdminGetUserAsync(It.Is<AdminGetUserRequest>(r => r.UserPoolId == PoolId && r.Username == "carol"), Token))
            .ReturnsAsync(new AdminGetUserResponse());
        _client.Setup(c => c.AdminConfirmSignUpAsync(It.Is<AdminConfirmSignUpRequest>(r => r.UserPoolId == PoolId && r.Username == "carol"), Token))
            .ReturnsAsync(new AdminConfirmSignUpResponse());
        _client.Setup(c => c.DescribeUserPoolAsync(It.Is<DescribeUserPoolRequest>(r => r.UserPoolId == PoolId), Token))
            .ReturnsAsync(new DescribeUserPoolResponse());

        await Wrapper().AdminGetUserAsync("carol", Token);
        await Wrapper().AdminConfirmSignUpAsync("carol", Token);
        await Wrapper().DescribeUserPoolAsync(Token);

        _client.VerifyAll();
    }

    [Fact]
    public async Task ListUsers_follows_pagination_tokens_until_the_last_page()
    {
        var requests = new List<ListUsersRequest>();
        _client.Setup(c => c.ListUsersAsync(It.IsAny<ListUsersRequest>(), Token))
            .Callback((ListUsersRequest r, CancellationToken _) => requests.Add(r))
            .ReturnsAsync((ListUsersRequest r, CancellationToken _) => r.PaginationToken switch
            {
                null => new ListUsersResponse { Users = [new UserType { Username = "a" }], PaginationToken = "t1" },
                "t1" => new ListUsersResponse { Users = [new UserType { Username = "b" }, new UserType { Username = "c" }], PaginationToken = "t2" },
                _ => new ListUsersResponse { Users = null }, // v4: collections may be null
            });

        var users = await Wrapper().ListUsersAsync(2, Token);

        Assert.Equal(["a", "b", "c"], users.Select(u => u.Username));
        Assert.Equal([null, "t1", "t2"], requests.Select(r => r.PaginationToken));
        Assert.All(requests, r => Assert.Equal((PoolId, 2), (r.UserPoolId, r.Limit)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Secret)]
    public async Task AdminSignIn_uses_ADMIN_USER_PASSWORD_AUTH_with_pool_client_and_credentials(string? secret)
    {
        AdminInitiateAuthRequest? sent = null;
        _client.Setup(c => c.AdminInitiateAuthAsync(It.IsAny<AdminInitiateAuthRequest>(), Token))
            .Callback((AdminInitiateAuthRequest r, CancellationToken _) => sent = r)
            .ReturnsAsync(new AdminInitiateAuthResponse { ChallengeName = ChallengeNameType.MFA_SETUP, Session = "s1" });

        var response = await Wrapper(secret).AdminSignInAsync("carol", "Pa55-word!", Token);

        Assert.Equal("s1", response.Session);
        Assert.Equal((PoolId, ClientId), (sent!.UserPoolId, sent.ClientId));
        Assert.Equal(AuthFlowType.ADMIN_USER_PASSWORD_AUTH, sent.AuthFlow);
        Assert.Equal("carol", sent.AuthParameters["USERNAME"]);
        Assert.Equal("Pa55-word!", sent.AuthParameters["PASSWORD"]);
        if (secret is null)
        {
            Assert.False(sent.AuthParameters.ContainsKey("SECRET_HASH"));
        }
        else
        {
            Assert.Equal(ExpectedHash("carol"), sent.AuthParameters["SECRET_HASH"]);
        }
    }

    [Fact]
    public async Task Software_token_calls_hand_over_the_session()
    {
        _client.Setup(c => c.AssociateSoftwareTokenAsync(It.Is<AssociateSoftwareTokenRequest>(r => r.Session == "s1" && r.AccessToken == null), Token))
            .ReturnsAsync(new AssociateSoftwareTokenResponse { SecretCode = "ABC", Session = "s2" });
        _client.Setup(c => c.VerifySoftwareTokenAsync(It.Is<VerifySoftwareTokenRequest>(r => r.Session == "s2" && r.UserCode == "654321" && r.FriendlyDeviceName == "phone"), Token))
            .ReturnsAsync(new VerifySoftwareTokenResponse { Status = VerifySoftwareTokenResponseType.SUCCESS, Session = "s3" });

        var associated = await Wrapper().AssociateSoftwareTokenAsync("s1", Token);
        var verified = await Wrapper().VerifySoftwareTokenAsync(associated.Session, "654321", "phone", Token);

        Assert.Equal("s3", verified.Session);
        _client.VerifyAll();
    }

    [Fact]
    public async Task Completing_MFA_SETUP_responds_with_the_user_name_session_and_secret_hash()
    {
        AdminRespondToAuthChallengeRequest? sent = null;
        _client.Setup(c => c.AdminRespondToAuthChallengeAsync(It.IsAny<AdminRespondToAuthChallengeRequest>(), Token))
            .Callback((AdminRespondToAuthChallengeRequest r, CancellationToken _) => sent = r)
            .ReturnsAsync(new AdminRespondToAuthChallengeResponse());

        await Wrapper(Secret).AdminCompleteMfaSetupAsync("carol", "s3", Token);

        Assert.Equal((PoolId, ClientId, "s3"), (sent!.UserPoolId, sent.ClientId, sent.Session));
        Assert.Equal(ChallengeNameType.MFA_SETUP, sent.ChallengeName);
        Assert.Equal(new Dictionary<string, string> { ["USERNAME"] = "carol", ["SECRET_HASH"] = ExpectedHash("carol") }, sent.ChallengeResponses);
    }

    [Fact]
    public async Task Answering_SOFTWARE_TOKEN_MFA_sends_the_code()
    {
        RespondToAuthChallengeRequest? sent = null;
        _client.Setup(c => c.RespondToAuthChallengeAsync(It.IsAny<RespondToAuthChallengeRequest>(), Token))
            .Callback((RespondToAuthChallengeRequest r, CancellationToken _) => sent = r)
            .ReturnsAsync(new RespondToAuthChallengeResponse());

        await Wrapper(Secret).RespondToSoftwareTokenMfaAsync("carol", "s4", "111222", Token);

        Assert.Equal(ClientId, sent!.ClientId);
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, sent.ChallengeName);
        Assert.Equal("s4", sent.Session);
        Assert.Equal(new Dictionary<string, string>
        {
            ["USERNAME"] = "carol",
            ["SOFTWARE_TOKEN_MFA_CODE"] = "111222",
            ["SECRET_HASH"] = ExpectedHash("carol"),
        }, sent.ChallengeResponses);
    }

    [Fact]
    public async Task ConfirmDevice_sends_the_access_token_device_and_verifier()
    {
        ConfirmDeviceRequest? sent = null;
        _client.Setup(c => c.ConfirmDeviceAsync(It.IsAny<ConfirmDeviceRequest>(), Token))
            .Callback((ConfirmDeviceRequest r, CancellationToken _) => sent = r)
            .ReturnsAsync(new ConfirmDeviceResponse());

        await Wrapper().ConfirmDeviceAsync("access", "dev-key", "laptop", "verifier64", "salt64", Token);

        Assert.Equal(("access", "dev-key", "laptop"), (sent!.AccessToken, sent.DeviceKey, sent.DeviceName));
        Assert.Equal(("verifier64", "salt64"), (sent.DeviceSecretVerifierConfig.PasswordVerifier, sent.DeviceSecretVerifierConfig.Salt));
    }

    [Fact]
    public async Task Password_sign_in_uses_USER_PASSWORD_AUTH_with_DEVICE_KEY_then_both_device_challenges()
    {
        var sent = new List<RespondToAuthChallengeRequest>();
        InitiateAuthRequest? initiate = null;
        _client.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), Token))
            .Callback((InitiateAuthRequest r, CancellationToken _) => initiate = r)
            .ReturnsAsync(new InitiateAuthResponse());
        _client.Setup(c => c.RespondToAuthChallengeAsync(It.IsAny<RespondToAuthChallengeRequest>(), Token))
            .Callback((RespondToAuthChallengeRequest r, CancellationToken _) => sent.Add(r))
            .ReturnsAsync(new RespondToAuthChallengeResponse());
        var wrapper = Wrapper(Secret);

        await wrapper.InitiatePasswordAuthAsync("carol", "pw", "dev-key", Token);
        await wrapper.RespondToDeviceSrpAuthAsync("carol", "dev-key", "A1B2", "d1", Token);
        await wrapper.RespondToDevicePasswordVerifierAsync("carol", "dev-key", "sig", "block", "Mon Jan 5 10:00:00 UTC 2026", "d2", Token);

        Assert.Equal(ClientId, initiate!.ClientId);
        Assert.Equal(AuthFlowType.USER_PASSWORD_AUTH, initiate.AuthFlow);
        Assert.Equal(new Dictionary<string, string>
        {
            ["USERNAME"] = "carol",
            ["PASSWORD"] = "pw",
            ["DEVICE_KEY"] = "dev-key",
            ["SECRET_HASH"] = ExpectedHash("carol"),
        }, initiate.AuthParameters);

        Assert.Equal(ChallengeNameType.DEVICE_SRP_AUTH, sent[0].ChallengeName);
        Assert.Equal("d1", sent[0].Session);
        Assert.Equal(new Dictionary<string, string>
        {
            ["USERNAME"] = "carol",
            ["DEVICE_KEY"] = "dev-key",
            ["SRP_A"] = "A1B2",
            ["SECRET_HASH"] = ExpectedHash("carol"),
        }, sent[0].ChallengeResponses);

        Assert.Equal(ChallengeNameType.DEVICE_PASSWORD_VERIFIER, sent[1].ChallengeName);
        Assert.Equal("d2", sent[1].Session);
        Assert.Equal(new Dictionary<string, string>
        {
            ["USERNAME"] = "carol",
            ["DEVICE_KEY"] = "dev-key",
            ["PASSWORD_CLAIM_SIGNATURE"] = "sig",
            ["PASSWORD_CLAIM_SECRET_BLOCK"] = "block",
            ["TIMESTAMP"] = "Mon Jan 5 10:00:00 UTC 2026",
            ["SECRET_HASH"] = ExpectedHash("carol"),
        }, sent[1].ChallengeResponses);
        Assert.All(sent, r => Assert.Equal(ClientId, r.ClientId));
    }

    [Fact]
    public async Task Password_sign_in_without_a_device_sends_no_DEVICE_KEY()
    {
        InitiateAuthRequest? sent = null;
        _client.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), Token))
            .Callback((InitiateAuthRequest r, CancellationToken _) => sent = r)
            .ReturnsAsync(new InitiateAuthResponse());

        await Wrapper().InitiatePasswordAuthAsync("carol", "pw", deviceKey: null, Token);

        Assert.Equal(new Dictionary<string, string> { ["USERNAME"] = "carol", ["PASSWORD"] = "pw" }, sent!.AuthParameters);
    }

    [Fact]
    public async Task DeleteUser_sends_the_access_token()
    {
        _client.Setup(c => c.DeleteUserAsync(It.Is<DeleteUserRequest>(r => r.AccessToken == "access"), Token))
            .ReturnsAsync(new DeleteUserResponse());

        await Wrapper().DeleteUserAsync("access", Token);

        _client.VerifyAll();
    }

    [Fact]
    public async Task Exceptions_from_the_client_pass_through_unchanged()
    {
        var failure = new UsernameExistsException("User already exists");
        _client.Setup(c => c.SignUpAsync(It.IsAny<SignUpRequest>(), Token)).ThrowsAsync(failure);

        var thrown = await Assert.ThrowsAsync<UsernameExistsException>(() => Wrapper().SignUpAsync("a", "b", "c@d.e", Token));

        Assert.Same(failure, thrown);
    }
}
