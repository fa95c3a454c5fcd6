using System.Numerics;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoSrp;
using Microsoft.Extensions.Time.Testing;
using Moq;
using OtpNet;

namespace CognitoMfaScenario.Tests.Support;

/// <summary>
/// A strict Moq client that behaves like a user pool on the happy path and checks what it is
/// sent: sessions handed over, TOTP codes valid for the fake clock and not reused, and the
/// device SRP proof verified with CognitoSrp's server side.
/// </summary>
public sealed class ScriptedCognito
{
    public const string PoolId = "us-east-1_TestPool1";
    public const string ClientId = "testclient123";
    public const string TotpSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    public const string ConfirmationCode = "246810";
    public const string DeviceKey = "us-east-1_0a1b2c3d-device";
    public const string DeviceGroupKey = "-devgroup1";
    public const string Issuer = "https://cognito-idp.us-east-1.amazonaws.com/" + PoolId;

    private readonly FakeTimeProvider _time;
    private readonly Totp _totp = new(Base32Encoding.ToBytes(TotpSecret));
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
    public string CodeAt(int stepOffset = 0)
    {
        var step = (_time.GetUtcNow().ToUnixTimeSeconds() / 30) + stepOffset;
        return _totp.ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);
    }

    private void Setup()
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

        Client.Setup(c => c.AdminInitiateAuthAsync(It.IsAny<AdminInitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((AdminInitiateAuthRequest r, CancellationToken _) =>
            {
                if (r.AuthParameters["PASSWORD"] != Password)
                {
                    throw new NotAuthorizedException("Incorrect username or password.");
                }

                var next = AfterPassword(deviceKey: null);
                return new AdminInitiateAuthResponse { ChallengeName = next.Name, Session = next.Session, ChallengeParameters = next.Parameters };
            });

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

        Client.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((InitiateAuthRequest r, CancellationToken _) => r.AuthFlow.Value switch
            {
                "USER_SRP_AUTH" => StartSrp(r.AuthParameters),
                "USER_PASSWORD_AUTH" => ToInitiate(CheckPassword(r.AuthParameters["PASSWORD"], r.AuthParameters.GetValueOrDefault("DEVICE_KEY"))),
                "REFRESH_TOKEN_AUTH" when !RotatesRefreshTokens => new InitiateAuthResponse
                {
                    AuthenticationResult = Refresh(r.AuthParameters["REFRESH_TOKEN"], r.AuthParameters.GetValueOrDefault("DEVICE_KEY"), rotate: false),
                },
                _ => throw new InvalidParameterException("Initiate Auth method not supported."),
            });

        Client.Setup(c => c.RespondToAuthChallengeAsync(It.IsAny<RespondToAuthChallengeRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((RespondToAuthChallengeRequest r, CancellationToken _) => r.ChallengeName.Value switch
            {
                "PASSWORD_VERIFIER" => PasswordVerifier(r),
                "SOFTWARE_TOKEN_MFA" => SoftwareTokenMfa(r),
                "EMAIL_OTP" => EmailOtp(r),
                "SELECT_MFA_TYPE" => SelectMfaType(r),
                "DEVICE_SRP_AUTH" => DeviceSrpAuth(r),
                "DEVICE_PASSWORD_VERIFIER" => DevicePasswordVerifier(r),
                _ => throw new InvalidParameterException($"Unexpected challenge {r.ChallengeName.Value}"),
            });

        Client.Setup(c => c.DescribeUserPoolClientAsync(It.IsAny<DescribeUserPoolClientRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((DescribeUserPoolClientRequest r, CancellationToken _) =>
            {
                Assert.Equal((PoolId, ClientId), (r.UserPoolId, r.ClientId));
                return new DescribeUserPoolClientResponse
                {
                    UserPoolClient = new UserPoolClientType
                    {
                        ClientId = ClientId,
                        RefreshTokenRotation = new RefreshTokenRotationType { Feature = RotatesRefreshTokens ? FeatureType.ENABLED : FeatureType.DISABLED },
                    },
                };
            });

        Client.Setup(c => c.GetTokensFromRefreshTokenAsync(It.IsAny<GetTokensFromRefreshTokenRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((GetTokensFromRefreshTokenRequest r, CancellationToken _) =>
            {
                Assert.Equal(ClientId, r.ClientId);
                return new GetTokensFromRefreshTokenResponse { AuthenticationResult = Refresh(r.RefreshToken, r.DeviceKey, rotate: true) };
            });

        Client.Setup(c => c.GetUserAsync(It.IsAny<GetUserRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((GetUserRequest r, CancellationToken _) =>
            {
                RequireLiveAccessToken(r.AccessToken);
                return new GetUserResponse { Username = Username, UserAttributes = [new AttributeType { Name = "email", Value = Username + "@example.com" }] };
            });

        Client.Setup(c => c.GlobalSignOutAsync(It.IsAny<GlobalSignOutRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((GlobalSignOutRequest r, CancellationToken _) =>
            {
                RequireLiveAccessToken(r.AccessToken);
                _revokedAccessTokens.UnionWith(_accessTokens);
                _revokedRefreshTokens.UnionWith(_refreshTokens.Keys);
                SignedOut = true;
                return new GlobalSignOutResponse();
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

    /// <summary>The user's SRP verifier, as Cognito keeps it: from the pool name, the user name, the password and a salt.</summary>
    private SrpServer NewUserSrpServer() =>
        new(SrpVerifier.Compute(PoolId[(PoolId.IndexOf('_', StringComparison.Ordinal) + 1)..], Username!, Password!, _userSaltHex!));

    private InitiateAuthResponse StartSrp(Dictionary<string, string> parameters)
    {
        Assert.DoesNotContain("PASSWORD", parameters.Keys);
        _userSrpA = parameters["SRP_A"];
        _userSrpServer = NewUserSrpServer();
        return new InitiateAuthResponse
        {
            ChallengeName = ChallengeNameType.PASSWORD_VERIFIER,
            Session = "session-srp",
            ChallengeParameters = new()
            {
                ["SALT"] = _userSaltHex!,
                ["SRP_B"] = _userSrpServer.SrpBHex,
                ["SECRET_BLOCK"] = Convert.ToBase64String(new byte[64]),
                ["USERNAME"] = Username!,
                ["USER_ID_FOR_SRP"] = Username!,
            },
        };
    }

    private RespondToAuthChallengeResponse PasswordVerifier(RespondToAuthChallengeRequest request)
    {
        RequireSession(request.Session, "session-srp");
        var responses = request.ChallengeResponses;
        Assert.Equal(Username, responses["USERNAME"]);
        var valid = _userSrpServer!.VerifyClaim(_userSrpA!, PoolId[(PoolId.IndexOf('_', StringComparison.Ordinal) + 1)..], Username!, _userSaltHex!,
            responses["PASSWORD_CLAIM_SECRET_BLOCK"], responses["TIMESTAMP"], responses["PASSWORD_CLAIM_SIGNATURE"]);
        if (!valid)
        {
            throw new NotAuthorizedException("Incorrect username or password.");
        }

        return ToRespond(AfterPassword(responses.GetValueOrDefault("DEVICE_KEY")));
    }

    private (ChallengeNameType? Name, string? Session, Dictionary<string, string> Parameters, AuthenticationResultType? Tokens) CheckPassword(string password, string? deviceKey) =>
        password == Password ? AfterPassword(deviceKey) : throw new NotAuthorizedException("Incorrect username or password.");

    /// <summary>What Cognito asks after the password: the remembered device's proof, the MFA code, or MFA set-up.</summary>
    private (ChallengeNameType? Name, string? Session, Dictionary<string, string> Parameters, AuthenticationResultType? Tokens) AfterPassword(string? deviceKey)
    {
        if (deviceKey is not null && deviceKey == DeviceKey && DeviceConfirmed)
        {
            return (ChallengeNameType.DEVICE_SRP_AUTH, "session-device-1", new() { ["USERNAME"] = Username! }, null);
        }

        if (Enrolled && EmailEnrolled && NoPreferredFactor)
        {
            return (ChallengeNameType.SELECT_MFA_TYPE, "session-select", new() { ["MFAS_CAN_CHOOSE"] = MfasCanChoose, ["USER_ID_FOR_SRP"] = Username! }, null);
        }

        if (EmailEnrolled)
        {
            return EmailChallenge();
        }

        return Enrolled
            ? (ChallengeNameType.SOFTWARE_TOKEN_MFA, "session-mfa", new() { ["USER_ID_FOR_SRP"] = Username! }, null)
            : (ChallengeNameType.MFA_SETUP, "session-setup",
                new() { ["MFAS_CAN_SETUP"] = OffersEmailMfa ? "[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\"]" : "[\"SOFTWARE_TOKEN_MFA\"]" }, null);
    }

    private (ChallengeNameType? Name, string? Session, Dictionary<string, string> Parameters, AuthenticationResultType? Tokens) EmailChallenge()
    {
        EmailCodesSent++;
        return (ChallengeNameType.EMAIL_OTP, "session-email", new() { ["CODE_DELIVERY_DESTINATION"] = "a***@e***", ["USER_ID_FOR_SRP"] = Username! }, null);
    }

    private RespondToAuthChallengeResponse EmailOtp(RespondToAuthChallengeRequest request)
    {
        RequireSession(request.Session, "session-email");
        Assert.Equal(Username, request.ChallengeResponses["USERNAME"]);
        if (request.ChallengeResponses["EMAIL_OTP_CODE"] != ConfirmationCode)
        {
            throw new CodeMismatchException("Invalid code received for user");
        }

        return new RespondToAuthChallengeResponse { AuthenticationResult = IssueTokens(withDevice: true) };
    }

    private RespondToAuthChallengeResponse SelectMfaType(RespondToAuthChallengeRequest request)
    {
        RequireSession(request.Session, "session-select");
        SelectedFactor = request.ChallengeResponses["ANSWER"];
        if (!MfasCanChoose.Contains($"\"{SelectedFactor}\"", StringComparison.Ordinal))
        {
            throw new InvalidParameterException("Invalid ANSWER for SELECT_MFA_TYPE");
        }

        return ToRespond(SelectedFactor switch
        {
            "EMAIL_OTP" or "EMAIL_MFA" => EmailChallenge(),
            "SOFTWARE_TOKEN_MFA" => (ChallengeNameType.SOFTWARE_TOKEN_MFA, "session-mfa", new() { ["USER_ID_FOR_SRP"] = Username! }, null),
            _ => throw new InvalidParameterException("Invalid ANSWER for SELECT_MFA_TYPE"),
        });
    }

    private static InitiateAuthResponse ToInitiate((ChallengeNameType? Name, string? Session, Dictionary<string, string> Parameters, AuthenticationResultType? Tokens) next) =>
        new() { ChallengeName = next.Name, Session = next.Session, ChallengeParameters = next.Parameters, AuthenticationResult = next.Tokens };

    private static RespondToAuthChallengeResponse ToRespond((ChallengeNameType? Name, string? Session, Dictionary<string, string> Parameters, AuthenticationResultType? Tokens) next) =>
        new() { ChallengeName = next.Name, Session = next.Session, ChallengeParameters = next.Parameters, AuthenticationResult = next.Tokens };

    private RespondToAuthChallengeResponse SoftwareTokenMfa(RespondToAuthChallengeRequest request)
    {
        RequireSession(request.Session, "session-mfa");
        Assert.Equal(Username, request.ChallengeResponses["USERNAME"]);
        if (!AcceptCode(request.ChallengeResponses["SOFTWARE_TOKEN_MFA_CODE"], out var reused))
        {
            throw reused
                ? new ExpiredCodeException("Your software token has already been used once.")
                : new CodeMismatchException("Invalid code received for user");
        }

        return new RespondToAuthChallengeResponse { AuthenticationResult = IssueTokens(withDevice: true) };
    }

    private RespondToAuthChallengeResponse DeviceSrpAuth(RespondToAuthChallengeRequest request)
    {
        RequireSession(request.Session, "session-device-1");
        Assert.Equal(DeviceKey, request.ChallengeResponses["DEVICE_KEY"]);
        _srpA = request.ChallengeResponses["SRP_A"];
        BigInteger verifier = DeviceSecrets.VerifierFromBase64(_deviceVerifier!);
        _srpServer = new SrpServer(verifier);
        return new RespondToAuthChallengeResponse
        {
            ChallengeName = ChallengeNameType.DEVICE_PASSWORD_VERIFIER,
            Session = "session-device-2",
            ChallengeParameters = new()
            {
                ["USERNAME"] = Username!,
                ["DEVICE_KEY"] = DeviceKey,
                ["SALT"] = DeviceSecrets.SaltHexFromBase64(_deviceSalt!),
                ["SRP_B"] = _srpServer.SrpBHex,
                ["SECRET_BLOCK"] = Convert.ToBase64String(new byte[48]),
            },
        };
    }

    private RespondToAuthChallengeResponse DevicePasswordVerifier(RespondToAuthChallengeRequest request)
    {
        RequireSession(request.Session, "session-device-2");
        var responses = request.ChallengeResponses;
        var valid = _srpServer!.VerifyClaim(_srpA!, DeviceGroupKey, DeviceKey, DeviceSecrets.SaltHexFromBase64(_deviceSalt!),
            responses["PASSWORD_CLAIM_SECRET_BLOCK"], responses["TIMESTAMP"], responses["PASSWORD_CLAIM_SIGNATURE"]);
        if (!valid)
        {
            throw new NotAuthorizedException("Incorrect username or password.");
        }

        return new RespondToAuthChallengeResponse { AuthenticationResult = IssueTokens(withDevice: false, onRememberedDevice: true) };
    }

    /// <summary>Accepts the current step and one either side; rejects a step used before (as Cognito does).</summary>
    private bool AcceptCode(string code, out bool reused)
    {
        reused = false;
        var now = _time.GetUtcNow().ToUnixTimeSeconds() / 30;
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (_totp.ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime) == code)
            {
                if (step <= _lastUsedStep)
                {
                    reused = true;
                    return false;
                }

                _lastUsedStep = step;
                return true;
            }
        }

        return false;
    }

    /// <param name="withDevice">A sign-in on a new device: NewDeviceMetadata comes with the tokens.</param>
    /// <param name="onRememberedDevice">A sign-in from the remembered device.</param>
    private AuthenticationResultType IssueTokens(bool withDevice, bool onRememberedDevice = false)
    {
        _tokenCounter++;
        var boundDevice = withDevice || onRememberedDevice ? DeviceKey : null;
        var refreshToken = "refresh-token-" + _tokenCounter + new string('r', 60);
        _refreshTokens[refreshToken] = boundDevice;
        return new AuthenticationResultType
        {
            AccessToken = IssueAccessToken(boundDevice),
            IdToken = Tokens.IdToken(Issuer, Username!, ClientId, _time.GetUtcNow()),
            RefreshToken = refreshToken,
            ExpiresIn = 3600,
            TokenType = "Bearer",
            NewDeviceMetadata = withDevice ? new NewDeviceMetadataType { DeviceKey = DeviceKey, DeviceGroupKey = DeviceGroupKey } : null,
        };
    }

    /// <summary>The tokens /oauth2/token gives for a managed login sign-in: no device, the request's nonce in the ID token.</summary>
    public AuthenticationResultType IssueBrowserTokens(string? nonce)
    {
        var tokens = IssueTokens(withDevice: false);
        tokens.IdToken = Tokens.IdToken(Issuer, Username!, ClientId, _time.GetUtcNow(), nonce);
        return tokens;
    }

    private string IssueAccessToken(string? deviceKey)
    {
        LastAccessToken = Tokens.AccessToken(Issuer, Username!, ClientId, _time.GetUtcNow(), deviceKey);
        _accessTokens.Add(LastAccessToken);
        return LastAccessToken;
    }

    /// <summary>REFRESH_TOKEN_AUTH and GetTokensFromRefreshToken: a known, unrevoked refresh token, with its device's key once that is remembered.</summary>
    private AuthenticationResultType Refresh(string refreshToken, string? deviceKey, bool rotate)
    {
        RefreshCalls.Add((refreshToken, deviceKey));
        if (!_refreshTokens.TryGetValue(refreshToken, out var boundDevice))
        {
            throw new NotAuthorizedException("Invalid Refresh Token");
        }

        if (_revokedRefreshTokens.Contains(refreshToken))
        {
            throw new NotAuthorizedException("Refresh Token has been revoked");
        }

        if (boundDevice is not null && DeviceConfirmed && deviceKey != boundDevice)
        {
            throw new NotAuthorizedException("Invalid Refresh Token");
        }

        string? newRefreshToken = null;
        if (rotate)
        {
            newRefreshToken = "rotated-" + refreshToken;
            _refreshTokens[newRefreshToken] = boundDevice;
        }

        return new AuthenticationResultType
        {
            AccessToken = IssueAccessToken(boundDevice),
            IdToken = Tokens.IdToken(Issuer, Username!, ClientId, _time.GetUtcNow()),
            RefreshToken = newRefreshToken,
            ExpiresIn = 3600,
            TokenType = "Bearer",
        };
    }

    private string RequireLiveAccessToken(string accessToken)
    {
        if (!_accessTokens.Contains(accessToken))
        {
            throw new NotAuthorizedException("Invalid Access Token");
        }

        return _revokedAccessTokens.Contains(accessToken) ? throw new NotAuthorizedException("Access Token has been revoked") : accessToken;
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
