using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoSrp;
using Microsoft.Extensions.Time.Testing;
using Moq;
using TestSupport;

namespace CognitoMfaScenario.Tests.Support;

/// <summary>
/// A strict Moq client that behaves like a user pool on the happy path and checks what it is
/// sent: sessions handed over, TOTP codes valid for the fake clock and not reused, and the
/// device SRP proof verified with CognitoSrp's server side.
/// </summary>
public sealed partial class ScriptedCognito
{
    public const string PoolId = "us-east-1_TestPool1";
    public const string ClientId = "testclient123";
    public const string TotpSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    public const string ConfirmationCode = "246810";
    public const string DeviceKey = "us-east-1_0a1b2c3d-device";
    public const string DeviceGroupKey = "-devgroup1";
    public const string Issuer = "https://cognito-idp.us-east-1.amazonaws.com/" + PoolId;

    private readonly FakeTimeProvider _time;
    // Codes are checked as LocalCognito checks them: one step either side, each step once.
    private readonly LocalCognito.Auth.Totp _totpCheck;
    private long _lastUsedStep = long.MinValue;
    private SrpServer? _srpServer;
    private string? _srpA;
    private string? _userSaltHex;
    private SrpServer? _userSrpServer;
    private string? _userSrpA;
    private string? _deviceVerifier;
    private string? _deviceSalt;
    private int _tokenCounter;
    private readonly Dictionary<string, string?> _refreshTokens = [];
    private readonly HashSet<string> _revokedRefreshTokens = [];
    private readonly HashSet<string> _accessTokens = [];
    private readonly HashSet<string> _revokedAccessTokens = [];
    private string? _password;

    public ScriptedCognito(FakeTimeProvider time)
    {
        _time = time;
        _totpCheck = new LocalCognito.Auth.Totp(time);
        Setup();
    }

    public Mock<IAmazonCognitoIdentityProvider> Client { get; } = new(MockBehavior.Strict);

    public TestTokens Tokens { get; } = new();

    public string? Username { get; private set; }

    public string? Password
    {
        get => _password;
        private set
        {
            _password = value;
            _userSaltHex = SrpVerifier.NewSaltHex();
        }
    }

    public bool Confirmed { get; private set; }

    public bool Enrolled { get; private set; }

    public bool DeviceConfirmed { get; private set; }

    public bool Deleted { get; private set; }

    public bool SignedOut { get; private set; }

    /// <summary>MFA_SETUP offers email codes too (a pool with EMAIL_OTP enabled).</summary>
    public bool OffersEmailMfa { get; set; }

    /// <summary>Email MFA is on for the user (AdminSetUserMFAPreference).</summary>
    public bool EmailEnrolled { get; set; }

    /// <summary>
    /// The pool has an AccountRecoverySetting: ForgotPassword refuses a user whose email is their MFA factor, as the
    /// API reference says email MFA disqualifies recovery by email.
    /// </summary>
    public bool EmailMfaRulesOutRecovery { get; set; }

    /// <summary>With both factors on, no preferred one: sign-ins answer SELECT_MFA_TYPE.</summary>
    public bool NoPreferredFactor { get; set; }

    /// <summary>The factor names SELECT_MFA_TYPE offers in MFAS_CAN_CHOOSE (a JSON list); only these are accepted as ANSWER.</summary>
    public string MfasCanChoose { get; set; } = "[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\"]";

    /// <summary>The ANSWER of the last SELECT_MFA_TYPE.</summary>
    public string? SelectedFactor { get; private set; }

    public int EmailCodesSent { get; private set; }

    public string? LastAccessToken { get; private set; }

    /// <summary>Whether DescribeUserPoolClient reports refresh-token rotation (GetTokensFromRefreshToken then).</summary>
    public bool RotatesRefreshTokens { get; set; }

    /// <summary>The refresh token and device key of every refresh, in order.</summary>
    public List<(string RefreshToken, string? DeviceKey)> RefreshCalls { get; } = [];

    public const string ResetCode = ConfirmationCode; // the harness's mailbox answers every message with this code

    /// <summary>The method names of the calls made, in order.</summary>
    public IReadOnlyList<string> CallOrder => Client.Invocations.Select(i => i.Method.Name).ToList();

    /// <summary>For runs that continue a user who signed up before: its name and password.</summary>
    public void Preset(string username, string password)
    {
        Username = username;
        Password = password;
        Confirmed = true;
    }

    /// <summary>For users who enrolled an authenticator in an earlier run.</summary>
    public void EnrolWithoutCode() => Enrolled = true;

    /// <summary>The code an authenticator shows at the fake clock's time, shifted by whole steps.</summary>
    public string CodeAt(int stepOffset = 0) => TotpCodes.At(TotpSecret, _time.GetUtcNow(), stepOffset);

    private void Setup()
    {
        SetupAccount();
        SetupMfaSetUp();
        SetupSignIn();
        SetupSession();
    }

    /// <summary>Sign-up, confirmation, the administrator's reads, password recovery, deletion.</summary>
    private void SetupAccount()
    {
        Client.Setup(c => c.SignUpAsync(It.IsAny<SignUpRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SignUpRequest r, CancellationToken _) =>
            {
                Username = r.Username;
                Password = r.Password;
                return new SignUpResponse
                {
                    UserConfirmed = false,
                    UserSub = "11111111-2222-3333-4444-555555555555",
                    CodeDeliveryDetails = Delivery(),
                };
            });

        Client.Setup(c => c.AdminGetUserAsync(It.IsAny<AdminGetUserRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((AdminGetUserRequest r, CancellationToken _) => new AdminGetUserResponse
            {
                Username = r.Username,
                UserStatus = Confirmed ? UserStatusType.CONFIRMED : UserStatusType.UNCONFIRMED,
                Enabled = true,
                UserCreateDate = _time.GetUtcNow().UtcDateTime,
                UserAttributes = [new AttributeType { Name = "email", Value = r.Username + "@example.com" }],
            });

        Client.Setup(c => c.ResendConfirmationCodeAsync(It.IsAny<ResendConfirmationCodeRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResendConfirmationCodeResponse { CodeDeliveryDetails = Delivery() });

        Client.Setup(c => c.ConfirmSignUpAsync(It.IsAny<ConfirmSignUpRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ConfirmSignUpRequest r, CancellationToken _) =>
            {
                if (r.ConfirmationCode != ConfirmationCode)
                {
                    throw new CodeMismatchException("Invalid verification code provided, please try again.");
                }

                Confirmed = true;
                return new ConfirmSignUpResponse();
            });

        Client.Setup(c => c.AdminConfirmSignUpAsync(It.IsAny<AdminConfirmSignUpRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                Confirmed = true;
                return new AdminConfirmSignUpResponse();
            });

        // Two pages, to prove the wrapper follows PaginationToken.
        Client.Setup(c => c.ListUsersAsync(It.IsAny<ListUsersRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ListUsersRequest r, CancellationToken _) => r.PaginationToken is null
                ? new ListUsersResponse { Users = [User("someone-else")], PaginationToken = "page-2" }
                : new ListUsersResponse { Users = [User(Username!)] });

        Client.Setup(c => c.DescribeUserPoolAsync(It.IsAny<DescribeUserPoolRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DescribeUserPoolResponse
            {
                UserPool = new UserPoolType
                {
                    Id = PoolId,
                    Policies = new UserPoolPolicyType { PasswordPolicy = new PasswordPolicyType { MinimumLength = 12, RequireSymbols = true } },
                },
            });

        Client.Setup(c => c.ForgotPasswordAsync(It.IsAny<ForgotPasswordRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ForgotPasswordRequest r, CancellationToken _) =>
            {
                Assert.Equal((ClientId, Username), (r.ClientId, r.Username));
                if (EmailMfaRulesOutRecovery && EmailEnrolled)
                {
                    throw new InvalidParameterException("Cannot reset password for the user as there is no registered/verified email or phone_number");
                }

                return new ForgotPasswordResponse { CodeDeliveryDetails = Delivery() };
            });

        Client.Setup(c => c.AdminSetUserPasswordAsync(It.IsAny<AdminSetUserPasswordRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((AdminSetUserPasswordRequest r, CancellationToken _) =>
            {
                Assert.Equal((PoolId, Username, true), (r.UserPoolId, r.Username, r.Permanent));
                Password = r.Password;
                return new AdminSetUserPasswordResponse();
            });

        Client.Setup(c => c.ConfirmForgotPasswordAsync(It.IsAny<ConfirmForgotPasswordRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ConfirmForgotPasswordRequest r, CancellationToken _) =>
            {
                Assert.Equal((ClientId, Username), (r.ClientId, r.Username));
                if (r.ConfirmationCode != ResetCode)
                {
                    throw new CodeMismatchException("Invalid verification code provided, please try again.");
                }

                Password = r.Password;
                return new ConfirmForgotPasswordResponse();
            });

        Client.Setup(c => c.AdminDeleteUserAsync(It.IsAny<AdminDeleteUserRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((AdminDeleteUserRequest r, CancellationToken _) =>
            {
                Assert.Equal((PoolId, Username), (r.UserPoolId, r.Username));
                Deleted = true;
                return new AdminDeleteUserResponse();
            });

        Client.Setup(c => c.DeleteUserAsync(It.IsAny<DeleteUserRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((DeleteUserRequest r, CancellationToken _) =>
            {
                RequireLiveAccessToken(r.AccessToken);
                Assert.Equal(LastAccessToken, r.AccessToken);
                Deleted = true;
                return new DeleteUserResponse();
            });
    }

    private static void RequireSession(string actual, string expected)
    {
        if (actual != expected)
        {
            throw new NotAuthorizedException("Invalid session for the user.");
        }
    }

    private static CodeDeliveryDetailsType Delivery() => new()
    {
        AttributeName = "email",
        DeliveryMedium = DeliveryMediumType.EMAIL,
        Destination = "a***@e***",
    };

    private UserType User(string name) => new()
    {
        Username = name,
        UserStatus = UserStatusType.CONFIRMED,
        Enabled = true,
        UserCreateDate = _time.GetUtcNow().UtcDateTime,
        Attributes = [new AttributeType { Name = "email", Value = name + "@example.com" }],
    };

}
