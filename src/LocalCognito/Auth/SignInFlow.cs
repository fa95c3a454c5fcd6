using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using CognitoSrp;
using LocalCognito.Outbox;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// The sign-in state machine shared by (Admin)InitiateAuth and (Admin)RespondToAuthChallenge:
/// password or SRP proof -> remembered-device SRP, MFA code or MFA setup -> tokens (+ NewDeviceMetadata).
/// </summary>
public sealed class SignInFlow(CognitoStore store, SessionStore sessions, TokenService tokens, Totp totp, ServerInfo server, TimeProvider time,
    SignInLockout lockout, EmailSignInCodes emailCodes, AuthEventLog authEvents)
{
    private const int MaxMfaAttempts = 5;
    private const int UnconfirmedDevicesKept = 10;

    /// <summary>
    /// A plain password as the first factor (USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH, USER_AUTH's PASSWORD): checked
    /// under the sign-in lockout, then on as <see cref="AfterPassword"/>.
    /// </summary>
    public JsonObject AfterPasswordCheck(UserPool pool, AppClient client, User user, string password, string? deviceKey)
    {
        // An imported user has no password to check: every sign-in is sent to the password reset.
        if (user.ImportedWithoutPassword && user.Status == UserStatus.ResetRequired)
        {
            throw LifecycleErrors.PasswordResetRequired();
        }

        if (!lockout.Attempt(user, () => PasswordHasher.Matches(user.Password, password)))
        {
            authEvents.PasswordFailed(pool, user);
            throw Errors.IncorrectCredentials();
        }

        return AfterPassword(pool, client, user, deviceKey);
    }

    /// <summary>What comes after the user proved their password.</summary>
    public JsonObject AfterPassword(UserPool pool, AppClient client, User user, string? deviceKey)
    {
        if (!user.Enabled)
        {
            throw Errors.UserDisabled();
        }

        if (user.Status == UserStatus.Unconfirmed)
        {
            throw Errors.UserNotConfirmed();
        }

        var usernameKey = pool.UsernameKey(user.Username);

        if (user.Status == UserStatus.ResetRequired)
        {
            throw LifecycleErrors.PasswordResetRequired();
        }

        if (user.Status == UserStatus.ForceChangePassword)
        {
            NewPasswordChallenge.EnsureTemporaryPasswordValid(pool, user, time.GetUtcNow());
            return Challenge(SessionStep.NewPasswordRequired, new JsonObject
            {
                ["USER_ID_FOR_SRP"] = user.Username,
                ["requiredAttributes"] = NewPasswordChallenge.RequiredAttributesJson(pool, user),
                ["userAttributes"] = UserAttributesJson(user),
            }, NewSession(pool, client, usernameKey, SessionStep.NewPasswordRequired, deviceKey));
        }

        if (pool.RememberedDeviceReplacesMfa && RememberedDevice(pool, usernameKey, deviceKey) is not null)
        {
            return Challenge(SessionStep.DeviceSrpAuth, new JsonObject(),
                NewSession(pool, client, usernameKey, SessionStep.DeviceSrpAuth, deviceKey));
        }

        return MfaOrTokens(pool, client, user, usernameKey, deviceKey);
    }

    /// <summary>
    /// The MFA step after a password: the preferred (or only) factor, SELECT_MFA_TYPE when the user has several and
    /// no preference, MFA_SETUP when the pool requires MFA and the user has none, else tokens.
    /// </summary>
    public JsonObject MfaOrTokens(UserPool pool, AppClient client, User user, string usernameKey, string? deviceKey)
    {
        if (pool.MfaConfiguration == "OFF")
        {
            return Complete(pool, client, user, deviceKey);
        }

        var factors = MfaFactors(pool, user);
        var chosen = factors.Count == 1 ? factors[0] : PreferredFactor(user, factors);
        if (chosen is not null)
        {
            return StartMfa(pool, client, user, usernameKey, deviceKey, chosen);
        }

        if (factors.Count > 1)
        {
            return Challenge(SessionStep.SelectMfaType, new JsonObject
            {
                ["MFAS_CAN_CHOOSE"] = JsonList(factors),
                ["USER_ID_FOR_SRP"] = user.Username,
            }, NewSession(pool, client, usernameKey, SessionStep.SelectMfaType, deviceKey));
        }

        if (pool.MfaConfiguration == "ON")
        {
            var offered = pool.MfaFactorsOffered.Count > 0 ? pool.MfaFactorsOffered : [MfaFactor.SoftwareToken];
            return Challenge(SessionStep.MfaSetup, new JsonObject
            {
                ["MFAS_CAN_SETUP"] = JsonList(offered),
                ["USER_ID_FOR_SRP"] = user.Username,
            }, NewSession(pool, client, usernameKey, SessionStep.MfaSetup, deviceKey));
        }

        return Complete(pool, client, user, deviceKey);
    }

    /// <summary>The MFA factors the user has switched on that the pool still allows (TOTP stays usable as before).</summary>
    private static List<string> MfaFactors(UserPool pool, User user)
    {
        var factors = new List<string>();
        if (user.HasSoftwareTokenMfa)
        {
            factors.Add(MfaFactor.SoftwareToken);
        }

        if (user.HasEmailMfa && pool.EmailMfaEnabled)
        {
            factors.Add(MfaFactor.Email);
        }

        return factors;
    }

    private static string? PreferredFactor(User user, List<string> factors) =>
        user.TotpPreferred && factors.Contains(MfaFactor.SoftwareToken) ? MfaFactor.SoftwareToken
        : user.EmailMfaPreferred && factors.Contains(MfaFactor.Email) ? MfaFactor.Email
        : null;

    private JsonObject StartMfa(UserPool pool, AppClient client, User user, string usernameKey, string? deviceKey, string factor) =>
        factor == MfaFactor.Email
            ? SendEmailCode(pool, client, user, usernameKey, deviceKey, user.GetAttribute("email")!, EmailCodePurpose.Mfa)
            : Challenge(SessionStep.SoftwareTokenMfa, new JsonObject { ["USER_ID_FOR_SRP"] = user.Username },
                NewSession(pool, client, usernameKey, SessionStep.SoftwareTokenMfa, deviceKey));

    /// <summary>Emails a code and answers the EMAIL_OTP challenge that asks for it.</summary>
    public JsonObject SendEmailCode(UserPool pool, AppClient client, User user, string usernameKey, string? deviceKey, string destination,
        EmailCodePurpose purpose)
    {
        var kind = purpose == EmailCodePurpose.FirstFactor ? MessageOutbox.SignInCodeKind : MessageOutbox.MfaCodeKind;
        var (code, parameters) = emailCodes.Send(pool, user, destination, kind);
        parameters["USER_ID_FOR_SRP"] = user.Username;
        var session = sessions.Create(new AuthSession
        {
            UserPoolId = pool.Id,
            ClientId = client.ClientId,
            UsernameKey = usernameKey,
            Step = SessionStep.EmailOtp,
            ExpiresAt = sessions.ExpiryFor(client),
            DeviceKey = deviceKey,
            EmailCode = code,
            EmailDestination = destination,
            EmailCodePurpose = purpose,
        });
        return Challenge(SessionStep.EmailOtp, parameters, session);
    }

    /// <summary>USER_SRP_AUTH step one: answer PASSWORD_VERIFIER with the salt, B and a secret block.</summary>
    public JsonObject StartPasswordVerifier(UserPool pool, AppClient client, User user, string srpAHex, string? deviceKey)
    {
        var srp = new SrpServer(ParseHex(user.Password.SrpVerifierHex));
        var secretBlock = SessionStore.NewSecretBlock();
        var session = NewSession(pool, client, pool.UsernameKey(user.Username), SessionStep.PasswordVerifier, deviceKey,
            srp, srpAHex, user.Password.SrpSaltHex, secretBlock);
        return Challenge(SessionStep.PasswordVerifier, new JsonObject
        {
            ["SALT"] = user.Password.SrpSaltHex,
            ["SECRET_BLOCK"] = secretBlock,
            ["SRP_B"] = srp.SrpBHex,
            ["USERNAME"] = user.Username,
            ["USER_ID_FOR_SRP"] = user.Username,
        }, session);
    }

    /// <summary>
    /// The start of every challenge answer: the USERNAME and SECRET_HASH, the live session (by id, or by SECRET_BLOCK for
    /// SRP clients that do not send it back) issued to this client for this user, and the user.
    /// </summary>
    public (string Id, AuthSession Session, User User) OpenSession(UserPool pool, AppClient client, Dictionary<string, string> responses, string? sessionId)
    {
        var username = responses.GetValueOrDefault("USERNAME") ?? throw Errors.MissingParameter("USERNAME");
        SecretHash.Check(client, username, responses.GetValueOrDefault("SECRET_HASH"));
        var secretBlock = responses.GetValueOrDefault("PASSWORD_CLAIM_SECRET_BLOCK");
        var (id, session) = sessions.Get(sessionId, secretBlock);
        // USERNAME may be the user name or any name the user signs in with (USER_ID_FOR_SRP, an email, an alias).
        var user = store.FindUser(pool, username);
        if (session.ClientId != client.ClientId || session.UserPoolId != pool.Id
            || session.UsernameKey != pool.UsernameKey(user?.Username ?? username))
        {
            throw Errors.InvalidSession();
        }

        return (id, session, user ?? throw Errors.IncorrectCredentials());
    }

    /// <summary>One RespondToAuthChallenge call for the password, SRP, device and MFA challenges.</summary>
    public JsonObject Respond(UserPool pool, AppClient client, string challengeName, Dictionary<string, string> responses, string id,
        AuthSession session, User user)
    {
        // A user disabled after an earlier step (the password) cannot finish signing in.
        if (!user.Enabled)
        {
            throw Errors.UserDisabled();
        }

        return challengeName switch
        {
            "PASSWORD_VERIFIER" when session.Step == SessionStep.PasswordVerifier => PasswordVerifier(pool, client, user, id, session, responses),
            "SOFTWARE_TOKEN_MFA" when session.Step == SessionStep.SoftwareTokenMfa => SoftwareTokenMfa(pool, client, user, id, session, responses),
            "EMAIL_OTP" when session.Step == SessionStep.EmailOtp => EmailOtp(pool, client, user, id, session, responses),
            "SELECT_MFA_TYPE" when session.Step == SessionStep.SelectMfaType => SelectMfaType(pool, client, user, id, session, responses),
            "MFA_SETUP" when session.Step == SessionStep.MfaSetupVerified => Consumed(id, () => Complete(pool, client, user, session.DeviceKey)),
            "MFA_SETUP" when session.Step == SessionStep.MfaSetup && responses.ContainsKey("EMAIL") => EmailMfaSetup(pool, client, user, id, session, responses),
            "MFA_SETUP" when session.Step is SessionStep.MfaSetup or SessionStep.MfaSetupAssociated =>
                throw Errors.InvalidParameter("Software token MFA has not been set up for the user: call AssociateSoftwareToken and VerifySoftwareToken first."),
            "DEVICE_SRP_AUTH" when session.Step == SessionStep.DeviceSrpAuth => DeviceSrpAuth(pool, client, user, id, session, responses),
            "DEVICE_PASSWORD_VERIFIER" when session.Step == SessionStep.DevicePasswordVerifier => DevicePasswordVerifier(pool, client, user, id, session, responses),
            "NEW_PASSWORD_REQUIRED" when session.Step == SessionStep.NewPasswordRequired => NewPasswordRequired(pool, client, user, id, session, responses),
            _ => throw Errors.InvalidParameter($"Invalid challenge name {challengeName} for this session; expected {ExpectedChallenge(session.Step)}."),
        };
    }

    /// <summary>Sign-in succeeded: tokens, and NewDeviceMetadata when the pool tracks devices and this one is new.</summary>
    public JsonObject Complete(UserPool pool, AppClient client, User user, string? presentedDeviceKey)
    {
        var usernameKey = pool.UsernameKey(user.Username);
        var knownDevice = presentedDeviceKey is null ? null : store.FindDevice(presentedDeviceKey);
        if (knownDevice is not null && !knownDevice.BelongsTo(pool, user.Username))
        {
            knownDevice = null;
        }

        Device? newDevice = null;
        if (knownDevice is null && pool.DeviceTrackingEnabled)
        {
            var now = time.GetUtcNow();
            newDevice = new Device
            {
                DeviceKey = Ids.DeviceKey(server.Region),
                DeviceGroupKey = Ids.DeviceGroupKey(),
                UserPoolId = pool.Id,
                UsernameKey = usernameKey,
                CreateDate = now,
                LastModifiedDate = now,
                LastAuthenticatedDate = now,
            };
            store.AddNewDevice(newDevice, UnconfirmedDevicesKept);
        }

        var result = tokens.SignIn(pool, client, user, knownDevice?.DeviceKey ?? newDevice?.DeviceKey);
        lockout.SignedIn(user);
        authEvents.SignedIn(pool, user);
        if (newDevice is not null)
        {
            result["NewDeviceMetadata"] = new JsonObject { ["DeviceKey"] = newDevice.DeviceKey, ["DeviceGroupKey"] = newDevice.DeviceGroupKey };
        }

        return new JsonObject { ["ChallengeParameters"] = new JsonObject(), ["AuthenticationResult"] = result };
    }

    /// <summary>A session for the MFA_SETUP path (AssociateSoftwareToken / VerifySoftwareToken hand these on).</summary>
    public string NextSession(AuthSession previous, string step) => sessions.Create(new AuthSession
    {
        UserPoolId = previous.UserPoolId,
        ClientId = previous.ClientId,
        UsernameKey = previous.UsernameKey,
        Step = step,
        ExpiresAt = previous.ExpiresAt,
        DeviceKey = previous.DeviceKey,
    });

    private JsonObject PasswordVerifier(UserPool pool, AppClient client, User user, string id, AuthSession session, Dictionary<string, string> responses)
    {
        sessions.Consume(id);
        var proven = lockout.Attempt(user, () => VerifyClaim(session, pool.SrpRealm, user.Username, responses));
        if (!proven)
        {
            throw Errors.IncorrectCredentials();
        }

        return AfterPassword(pool, client, user, responses.GetValueOrDefault("DEVICE_KEY") ?? session.DeviceKey);
    }

    private JsonObject SoftwareTokenMfa(UserPool pool, AppClient client, User user, string id, AuthSession session, Dictionary<string, string> responses)
    {
        var code = responses.GetValueOrDefault("SOFTWARE_TOKEN_MFA_CODE") ?? throw Errors.MissingParameter("SOFTWARE_TOKEN_MFA_CODE");
        var signedIn = store.UpdateUser(pool, user.Username, Errors.IncorrectCredentials, current =>
        {
            sessions.Get(id); // a concurrent duplicate of this request may have used the session meanwhile
            lockout.ThrowIfLockedOut(current); // wrong codes count per user, across sessions
            try
            {
                totp.AcceptSignInCode(current, code);
            }
            catch (CognitoException)
            {
                lockout.Failed(current);
                // A mistyped code may be retried on the same session a few times, then the session is spent.
                if (++session.FailedAttempts >= MaxMfaAttempts)
                {
                    sessions.Consume(id);
                }

                throw;
            }

            sessions.Consume(id);
        });
        return Complete(pool, client, signedIn, session.DeviceKey);
    }

    private JsonObject EmailOtp(UserPool pool, AppClient client, User user, string id, AuthSession session, Dictionary<string, string> responses)
    {
        var code = responses.GetValueOrDefault("EMAIL_OTP_CODE") ?? throw Errors.MissingParameter("EMAIL_OTP_CODE");
        var signedIn = store.UpdateUser(pool, user.Username, Errors.IncorrectCredentials, current =>
        {
            sessions.Get(id); // a concurrent duplicate of this request may have used the session meanwhile
            lockout.ThrowIfLockedOut(current); // wrong codes count per user, across sessions, as TOTP codes do
            if (!EmailSignInCodes.Matches(session.EmailCode!, code))
            {
                lockout.Failed(current);
                if (++session.FailedAttempts >= MaxMfaAttempts)
                {
                    sessions.Consume(id);
                }

                throw Errors.MfaCodeMismatch();
            }

            sessions.Consume(id);
            if (session.EmailCodePurpose == EmailCodePurpose.MfaSetup)
            {
                current.SetAttribute("email", session.EmailDestination!);
                current.EmailMfaEnabled = true;
                current.EmailMfaPreferred = !current.TotpPreferred;
            }

            // A code that came back from the address proves it, as Cognito documents for email MFA.
            if (current.GetAttribute("email") == session.EmailDestination)
            {
                current.SetAttribute("email_verified", "true");
            }

            current.LastModifiedDate = time.GetUtcNow();
        });
        return Complete(pool, client, signedIn, session.DeviceKey);
    }

    private JsonObject SelectMfaType(UserPool pool, AppClient client, User user, string id, AuthSession session, Dictionary<string, string> responses)
    {
        var answer = responses.GetValueOrDefault("ANSWER") ?? throw Errors.MissingParameter("ANSWER");
        // The API reference names email EMAIL_MFA here; SDKs such as Amplify send the challenge name EMAIL_OTP. Both mean email.
        var factor = answer switch
        {
            MfaFactor.SoftwareToken => MfaFactor.SoftwareToken,
            MfaFactor.Email or "EMAIL_MFA" => MfaFactor.Email,
            _ => null,
        };
        var factors = MfaFactors(pool, user);
        if (factor is null || !factors.Contains(factor))
        {
            throw Errors.InvalidParameter($"Invalid ANSWER {answer} for SELECT_MFA_TYPE; expected one of {string.Join(", ", factors)}.");
        }

        sessions.Consume(id);
        return StartMfa(pool, client, user, session.UsernameKey, session.DeviceKey, factor);
    }

    /// <summary>MFA_SETUP answered with EMAIL: a code goes to that address; the EMAIL_OTP answer turns email MFA on.</summary>
    private JsonObject EmailMfaSetup(UserPool pool, AppClient client, User user, string id, AuthSession session, Dictionary<string, string> responses)
    {
        if (!pool.EmailMfaEnabled)
        {
            throw Errors.InvalidParameter("Email MFA is not enabled for this user pool; MFAS_CAN_SETUP lists the MFA types it can set up.");
        }

        var email = responses["EMAIL"];
        if (!EmailAddress.LooksValid(email))
        {
            throw Errors.InvalidParameter("Invalid email address format.");
        }

        sessions.Consume(id);
        return SendEmailCode(pool, client, user, session.UsernameKey, session.DeviceKey, email, EmailCodePurpose.MfaSetup);
    }

    private JsonObject DeviceSrpAuth(UserPool pool, AppClient client, User user, string id, AuthSession session, Dictionary<string, string> responses)
    {
        var deviceKey = responses.GetValueOrDefault("DEVICE_KEY") ?? throw Errors.MissingParameter("DEVICE_KEY");
        var srpA = responses.GetValueOrDefault("SRP_A") ?? throw Errors.MissingParameter("SRP_A");
        sessions.Consume(id);
        var device = RememberedDevice(pool, pool.UsernameKey(user.Username), deviceKey)
                     ?? throw Errors.ResourceNotFound("Device does not exist.");
        var saltHex = DeviceSecrets.SaltHexFromBase64(device.SaltBase64!);
        var srp = new SrpServer(DeviceSecrets.VerifierFromBase64(device.VerifierBase64!));
        var secretBlock = SessionStore.NewSecretBlock();
        var next = NewSession(pool, client, session.UsernameKey, SessionStep.DevicePasswordVerifier, deviceKey, srp, srpA, saltHex, secretBlock);
        return Challenge(SessionStep.DevicePasswordVerifier, new JsonObject
        {
            ["DEVICE_KEY"] = deviceKey,
            ["SALT"] = saltHex,
            ["SECRET_BLOCK"] = secretBlock,
            ["SRP_B"] = srp.SrpBHex,
            ["USERNAME"] = user.Username,
        }, next);
    }

    private JsonObject DevicePasswordVerifier(UserPool pool, AppClient client, User user, string id, AuthSession session, Dictionary<string, string> responses)
    {
        sessions.Consume(id);
        var device = RememberedDevice(pool, session.UsernameKey, session.DeviceKey) ?? throw Errors.ResourceNotFound("Device does not exist.");
        if (!VerifyClaim(session, device.DeviceGroupKey, device.DeviceKey, responses))
        {
            throw Errors.IncorrectCredentials();
        }

        store.UpdateDevice(device.DeviceKey, () => Errors.ResourceNotFound("Device does not exist."),
            current => current.LastAuthenticatedDate = time.GetUtcNow());
        return Complete(pool, client, user, device.DeviceKey);
    }

    private JsonObject NewPasswordRequired(UserPool pool, AppClient client, User user, string id, AuthSession session, Dictionary<string, string> responses)
    {
        var newPassword = responses.GetValueOrDefault("NEW_PASSWORD") ?? throw Errors.MissingParameter("NEW_PASSWORD");
        PasswordPolicy.From(pool.Settings).Check(newPassword);
        NewPasswordChallenge.EnsureRequiredSupplied(pool, user, responses);
        sessions.Consume(id);
        var changed = store.UpdateUser(pool, user.Username, Errors.IncorrectCredentials, current =>
        {
            NewPasswordChallenge.ApplyAttributes(current, responses);
            current.Password = PasswordHasher.Create(pool.SrpRealm, current.Username, newPassword);
            current.TemporaryPasswordIssuedAt = null;
            current.Status = UserStatus.Confirmed;
            current.LastModifiedDate = time.GetUtcNow();
        });
        return AfterPassword(pool, client, changed, session.DeviceKey);
    }

    private static bool VerifyClaim(AuthSession session, string realm, string identity, Dictionary<string, string> responses)
    {
        var signature = responses.GetValueOrDefault("PASSWORD_CLAIM_SIGNATURE") ?? throw Errors.MissingParameter("PASSWORD_CLAIM_SIGNATURE");
        var secretBlock = responses.GetValueOrDefault("PASSWORD_CLAIM_SECRET_BLOCK") ?? throw Errors.MissingParameter("PASSWORD_CLAIM_SECRET_BLOCK");
        var timestamp = responses.GetValueOrDefault("TIMESTAMP") ?? throw Errors.MissingParameter("TIMESTAMP");
        if (secretBlock != session.SecretBlock)
        {
            throw Errors.InvalidSession();
        }

        try
        {
            return session.Srp!.VerifyClaim(session.SrpAHex!, realm, identity, session.SrpSaltHex!, secretBlock, timestamp, signature);
        }
        catch (ArgumentException)
        {
            throw Errors.InvalidParameter("SRP_A or the password claim is malformed.");
        }
        catch (FormatException)
        {
            throw Errors.InvalidParameter("SRP_A or the password claim is malformed.");
        }
    }

    private Device? RememberedDevice(UserPool pool, string usernameKey, string? deviceKey)
    {
        if (deviceKey is null)
        {
            return null;
        }

        var device = store.FindDevice(deviceKey);
        // A not_remembered device is still tracked but no longer stands in for the MFA code.
        return device is { Confirmed: true, Remembered: true } && device.BelongsTo(pool, usernameKey) ? device : null;
    }

    public string NewSession(UserPool pool, AppClient client, string usernameKey, string step, string? deviceKey,
        SrpServer? srp = null, string? srpA = null, string? saltHex = null, string? secretBlock = null) =>
        sessions.Create(new AuthSession
        {
            UserPoolId = pool.Id,
            ClientId = client.ClientId,
            UsernameKey = usernameKey,
            Step = step,
            ExpiresAt = sessions.ExpiryFor(client),
            DeviceKey = deviceKey,
            Srp = srp,
            SrpAHex = srpA,
            SrpSaltHex = saltHex,
            SecretBlock = secretBlock,
        });

    public static JsonObject Challenge(string name, JsonObject parameters, string session) => new()
    {
        ["ChallengeName"] = name,
        ["Session"] = session,
        ["ChallengeParameters"] = parameters,
    };

    private JsonObject Consumed(string id, Func<JsonObject> next)
    {
        sessions.Consume(id);
        return next();
    }

    private static string ExpectedChallenge(string step) => step switch
    {
        SessionStep.MfaSetupVerified => "MFA_SETUP",
        SessionStep.MfaSetupAssociated => "VerifySoftwareToken",
        _ => step,
    };

    private static string JsonList(IEnumerable<string> items) => new JsonArray(items.Select(item => (JsonNode)item).ToArray()).ToJsonString();

    private static string UserAttributesJson(User user)
    {
        var attributes = new JsonObject();
        foreach (var attribute in user.Attributes.Where(attribute => attribute.Name != "sub"))
        {
            attributes[attribute.Name] = attribute.Value;
        }

        return attributes.ToJsonString();
    }

    private static BigInteger ParseHex(string hex) => BigInteger.Parse("0" + hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
