using System.Numerics;
using CognitoSrp;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Moq;

namespace CognitoMfaScenario.Tests.Support;

/// <summary>The scripted pool's sign-ins: SRP checked with CognitoSrp's server side, TOTP codes with LocalCognito's checker.</summary>
public sealed partial class ScriptedCognito
{
    /// <summary>The sign-ins: administrator, SRP, password, and the answers to every challenge after the password.</summary>
    private void SetupSignIn()
    {
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
    }

    /// <summary>The user's SRP verifier, as Cognito keeps it: from the pool name, the user name, the password and a salt.</summary>
    private SrpServer NewUserSrpServer() =>
        new(SrpVerifier.Compute(SrpRealm.OfUserPool(PoolId), Username!, Password!, _userSaltHex!));

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
        var valid = _userSrpServer!.VerifyClaim(_userSrpA!, SrpRealm.OfUserPool(PoolId), Username!, _userSaltHex!,
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
        if (_totpCheck.MatchStep(TotpSecret, code) is not { } step)
        {
            return false;
        }

        if (step <= _lastUsedStep)
        {
            reused = true;
            return false;
        }

        _lastUsedStep = step;
        return true;
    }
}
