using System.Security.Cryptography;
using System.Text;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Cognito;
using CognitoSrp;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CognitoMfaScenario.Tests.SignIn;

/// <summary>
/// The SRP password sign-in sends exactly USER_SRP_AUTH then PASSWORD_VERIFIER, never the password, and its proof
/// is accepted by CognitoSrp's server side for the right password only.
/// </summary>
public sealed class PasswordSrpSignInTests : IDisposable
{
    private const string PoolId = "eu-west-1_Pool42";
    private const string PoolName = "Pool42";
    private const string ClientId = "client42";
    private const string ClientSecret = "s3cr3t-of-the-app-client";
    private const string Password = "Correct-Horse-9";
    private const string UserIdForSrp = "7c1e9a52-4b1d-4f0e-9d7b-0a1b2c3d4e5f";
    private const string Timestamp = "Tue Mar 3 07:04:05 UTC 2026";
    private static readonly CancellationToken Token = new CancellationTokenSource().Token;

    private readonly Mock<IAmazonCognitoIdentityProvider> _client = new(MockBehavior.Strict);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 3, 7, 4, 5, TimeSpan.Zero));
    private readonly RandomNumberGenerator _random = RandomNumberGenerator.Create();
    private readonly string _saltHex = SrpVerifier.NewSaltHex();
    private readonly string _secretBlock = Convert.ToBase64String(Encoding.UTF8.GetBytes("opaque secret block from the server"));
    private readonly SrpServer _server;
    private InitiateAuthRequest? _initiate;
    private RespondToAuthChallengeRequest? _answer;

    public PasswordSrpSignInTests()
    {
        _server = new SrpServer(SrpVerifier.Compute(PoolName, UserIdForSrp, Password, _saltHex));
    }

    public void Dispose() => _random.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData(ClientSecret)]
    public async Task It_sends_SRP_A_then_a_PASSWORD_VERIFIER_proof_the_server_accepts_and_returns_the_MFA_challenge(string? clientSecret)
    {
        ScriptServer(new RespondToAuthChallengeResponse
        {
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = "mfa-session",
            ChallengeParameters = new() { ["USER_ID_FOR_SRP"] = UserIdForSrp },
        });

        var outcome = await SignIn(clientSecret).SignInAsync("carol", Password, deviceKey: null, Token);

        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, outcome.ChallengeName);
        Assert.Equal("mfa-session", outcome.Session);
        Assert.Null(outcome.Tokens);

        Assert.Equal(ClientId, _initiate!.ClientId);
        Assert.Equal(AuthFlowType.USER_SRP_AUTH, _initiate.AuthFlow);
        var srpA = _initiate.AuthParameters["SRP_A"];
        Assert.Matches("^[0-9a-f]+$", srpA);
        Assert.Equal(WithHash(clientSecret, "carol", new() { ["USERNAME"] = "carol", ["SRP_A"] = srpA }), _initiate.AuthParameters);

        Assert.Equal(ClientId, _answer!.ClientId);
        Assert.Equal(ChallengeNameType.PASSWORD_VERIFIER, _answer.ChallengeName);
        Assert.Equal("srp-session", _answer.Session);
        var signature = _answer.ChallengeResponses["PASSWORD_CLAIM_SIGNATURE"];
        Assert.Equal(WithHash(clientSecret, UserIdForSrp, new()
        {
            ["USERNAME"] = UserIdForSrp,
            ["PASSWORD_CLAIM_SIGNATURE"] = signature,
            ["PASSWORD_CLAIM_SECRET_BLOCK"] = _secretBlock,
            ["TIMESTAMP"] = Timestamp,
        }), _answer.ChallengeResponses);
        Assert.True(_server.VerifyClaim(srpA, PoolName, UserIdForSrp, _saltHex, _secretBlock, Timestamp, signature));

        var sent = _initiate.AuthParameters.Values.Concat(_answer.ChallengeResponses.Values);
        Assert.DoesNotContain(sent, value => value.Contains(Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_remembered_device_key_goes_with_both_requests_and_the_device_challenge_comes_back()
    {
        ScriptServer(new RespondToAuthChallengeResponse
        {
            ChallengeName = ChallengeNameType.DEVICE_SRP_AUTH,
            Session = "device-session",
            ChallengeParameters = new() { ["USERNAME"] = UserIdForSrp },
        });

        var outcome = await SignIn().SignInAsync("carol", Password, deviceKey: "eu-west-1_dev-1", Token);

        Assert.Equal(ChallengeNameType.DEVICE_SRP_AUTH, outcome.ChallengeName);
        Assert.Equal(UserIdForSrp, outcome.Parameter("USERNAME"));
        Assert.Equal("eu-west-1_dev-1", _initiate!.AuthParameters["DEVICE_KEY"]);
        Assert.Equal("eu-west-1_dev-1", _answer!.ChallengeResponses["DEVICE_KEY"]);
        Assert.Equal(5, _answer.ChallengeResponses.Count); // USERNAME, signature, secret block, timestamp, device key
    }

    [Fact]
    public async Task Tokens_without_a_further_challenge_are_returned()
    {
        ScriptServer(new RespondToAuthChallengeResponse { AuthenticationResult = new AuthenticationResultType { AccessToken = "access" } });

        var outcome = await SignIn().SignInAsync("carol", Password, deviceKey: null, Token);

        Assert.Null(outcome.ChallengeName);
        Assert.Equal("access", outcome.Tokens?.AccessToken);
        Assert.Equal("tokens", outcome.Describe);
    }

    [Fact]
    public async Task A_wrong_password_makes_a_proof_the_server_rejects_and_the_refusal_passes_through()
    {
        _client.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), Token))
            .Callback((InitiateAuthRequest request, CancellationToken _) => _initiate = request)
            .ReturnsAsync(() => VerifierChallenge(_server.SrpBHex));
        _client.Setup(c => c.RespondToAuthChallengeAsync(It.IsAny<RespondToAuthChallengeRequest>(), Token))
            .Returns((RespondToAuthChallengeRequest request, CancellationToken _) =>
            {
                var responses = request.ChallengeResponses;
                var accepted = _server.VerifyClaim(_initiate!.AuthParameters["SRP_A"], PoolName, UserIdForSrp, _saltHex,
                    responses["PASSWORD_CLAIM_SECRET_BLOCK"], responses["TIMESTAMP"], responses["PASSWORD_CLAIM_SIGNATURE"]);
                return accepted
                    ? Task.FromResult(new RespondToAuthChallengeResponse())
                    : throw new NotAuthorizedException("Incorrect username or password.");
            });

        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => SignIn().SignInAsync("carol", "Wrong-Horse-9", deviceKey: null, Token));

        Assert.Equal(NotAuthorizedCause.WrongUsernameOrPassword, NotAuthorizedClassifier.Classify(error));
    }

    [Fact]
    public async Task An_answer_other_than_PASSWORD_VERIFIER_is_explained_and_nothing_more_is_sent()
    {
        _client.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), Token))
            .ReturnsAsync(new InitiateAuthResponse { ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA, Session = "s" });

        var error = await Assert.ThrowsAsync<ScenarioException>(() => SignIn().SignInAsync("carol", Password, deviceKey: null, Token));

        Assert.Equal("Expected the PASSWORD_VERIFIER challenge for the SRP sign-in but got SOFTWARE_TOKEN_MFA.", error.Message);
        _client.Verify(c => c.RespondToAuthChallengeAsync(It.IsAny<RespondToAuthChallengeRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData("00", "SRP cannot use")]          // B mod N = 0 would let a fake server fix the shared secret
    [InlineData(null, "lacks the SRP_B parameter")]
    public async Task An_unusable_challenge_is_a_clear_error_and_no_answer_is_sent(string? srpB, string expected)
    {
        _client.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), Token)).ReturnsAsync(VerifierChallenge(srpB));

        var error = await Assert.ThrowsAsync<ScenarioException>(() => SignIn().SignInAsync("carol", Password, deviceKey: null, Token));

        Assert.Contains(expected, error.Message);
        _client.Verify(c => c.RespondToAuthChallengeAsync(It.IsAny<RespondToAuthChallengeRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private PasswordSrpSignIn SignIn(string? clientSecret = null) =>
        new(new CognitoWrapper(_client.Object, new ScenarioTarget(TargetKind.Aws, PoolId, ClientId, clientSecret, "eu-west-1", null, false)), _time, _random);

    private void ScriptServer(RespondToAuthChallengeResponse afterVerifier)
    {
        _client.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), Token))
            .Callback((InitiateAuthRequest request, CancellationToken _) => _initiate = request)
            .ReturnsAsync(() => VerifierChallenge(_server.SrpBHex));
        _client.Setup(c => c.RespondToAuthChallengeAsync(It.IsAny<RespondToAuthChallengeRequest>(), Token))
            .Callback((RespondToAuthChallengeRequest request, CancellationToken _) => _answer = request)
            .ReturnsAsync(afterVerifier);
    }

    private InitiateAuthResponse VerifierChallenge(string? srpB)
    {
        var parameters = new Dictionary<string, string>
        {
            ["SALT"] = _saltHex,
            ["SECRET_BLOCK"] = _secretBlock,
            ["USER_ID_FOR_SRP"] = UserIdForSrp,
            ["USERNAME"] = UserIdForSrp,
        };
        if (srpB is not null)
        {
            parameters["SRP_B"] = srpB;
        }

        return new InitiateAuthResponse { ChallengeName = ChallengeNameType.PASSWORD_VERIFIER, Session = "srp-session", ChallengeParameters = parameters };
    }

    /// <summary>The expected parameters, with SECRET_HASH computed here independently of the app.</summary>
    private static Dictionary<string, string> WithHash(string? clientSecret, string username, Dictionary<string, string> parameters)
    {
        if (clientSecret is not null)
        {
            parameters["SECRET_HASH"] = Convert.ToBase64String(
                HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(username + ClientId)));
        }

        return parameters;
    }
}
