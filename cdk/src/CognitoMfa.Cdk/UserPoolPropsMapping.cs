using Amazon.CDK;
using Amazon.CDK.AWS.Cognito;
using CognitoMfa.Cdk.ExpectedPool;
using WirePasswordPolicy = CognitoMfa.Cdk.ExpectedPool.PasswordPolicy;

namespace CognitoMfa.Cdk;

/// <summary>
/// Turns the wire-format CreateUserPool settings into CDK UserPool props. What the props cannot say is
/// added afterwards by UserPoolEscapeHatches.
/// </summary>
public static class UserPoolPropsMapping
{
    public static UserPoolProps ToUserPoolProps(ExpectedPoolDefinition definition, SesEmailIdentity? ses)
    {
        var pool = definition.UserPool;
        return new UserPoolProps
        {
            UserPoolName = pool.PoolName,
            SelfSignUpEnabled = !pool.AdminCreateUserConfig.AllowAdminCreateUserOnly,
            SignInCaseSensitive = pool.UsernameConfiguration.CaseSensitive,
            AutoVerify = ToAutoVerifiedAttrs(pool.AutoVerifiedAttributes),
            StandardAttributes = ToStandardAttributes(pool.Schema),
            PasswordPolicy = ToPasswordPolicy(pool.Policies.PasswordPolicy),
            Mfa = ToMfa(pool.MfaConfiguration),
            MfaSecondFactor = ToMfaSecondFactor(definition.EnabledMfas),
            // Without an SES identity the pool keeps Cognito's built-in email (sign-up codes still arrive).
            Email = ses is null ? null : ToSesEmail(ses),
            DeviceTracking = new DeviceTracking
            {
                ChallengeRequiredOnNewDevice = pool.DeviceConfiguration.ChallengeRequiredOnNewDevice,
                DeviceOnlyRememberedOnUserPrompt = pool.DeviceConfiguration.DeviceOnlyRememberedOnUserPrompt,
            },
            AccountRecovery = ToAccountRecovery(pool.AccountRecoverySetting),
            // A scenario pool: `cdk destroy` must remove it together with its users.
            RemovalPolicy = RemovalPolicy.DESTROY,
        };
    }

    private static UserPoolEmail ToSesEmail(SesEmailIdentity ses) => UserPoolEmail.WithSES(new UserPoolSESOptions
    {
        FromEmail = ses.FromEmail,
        SesRegion = ses.Region,
        SesVerifiedDomain = ses.VerifiedDomain,
    });

    private static AccountRecovery ToAccountRecovery(AccountRecoverySetting? setting)
    {
        if (setting is null)
        {
            // The file leaves recovery unset; the pool has no phone attribute, so say plainly that
            // recovery goes by verified email (the CDK default would name the phone first).
            return AccountRecovery.EMAIL_ONLY;
        }

        // Each AccountRecovery member stands for one fixed list of mechanisms; other lists cannot be deployed as given.
        var mechanisms = string.Join(",", setting.RecoveryMechanisms.OrderBy(option => option.Priority).Select(option => $"{option.Name}:{option.Priority}"));
        return mechanisms switch
        {
            "verified_email:1" => AccountRecovery.EMAIL_ONLY,
            "verified_phone_number:1" => AccountRecovery.PHONE_ONLY_WITHOUT_MFA,
            "verified_email:1,verified_phone_number:2" => AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA,
            "verified_phone_number:1,verified_email:2" => AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL,
            "admin_only:1" => AccountRecovery.NONE,
            _ => throw ExpectedPoolException.Unsupported("UserPool.AccountRecoverySetting.RecoveryMechanisms", mechanisms),
        };
    }

    private static Amazon.CDK.AWS.Cognito.PasswordPolicy ToPasswordPolicy(WirePasswordPolicy policy) => new()
    {
        MinLength = policy.MinimumLength,
        RequireUppercase = policy.RequireUppercase,
        RequireLowercase = policy.RequireLowercase,
        RequireDigits = policy.RequireNumbers,
        RequireSymbols = policy.RequireSymbols,
        TempPasswordValidity = Duration.Days(policy.TemporaryPasswordValidityDays),
    };

    private static AutoVerifiedAttrs ToAutoVerifiedAttrs(IReadOnlyList<string> attributes)
    {
        var result = new AutoVerifiedAttrs { Email = false, Phone = false };
        foreach (var attribute in attributes)
        {
            switch (attribute)
            {
                case "email": result.Email = true; break;
                case "phone_number": result.Phone = true; break;
                default: throw ExpectedPoolException.Unsupported("UserPool.AutoVerifiedAttributes", attribute);
            }
        }
        return result;
    }

    private static StandardAttributes ToStandardAttributes(IReadOnlyList<SchemaAttribute> schema)
    {
        var result = new StandardAttributes();
        foreach (var attribute in schema)
        {
            if (attribute.AttributeDataType != "String")
            {
                throw ExpectedPoolException.Unsupported($"UserPool.Schema[{attribute.Name}].AttributeDataType", attribute.AttributeDataType);
            }
            var standard = new StandardAttribute { Required = attribute.Required, Mutable = attribute.Mutable };
            switch (attribute.Name)
            {
                case "email": result.Email = standard; break;
                case "phone_number": result.PhoneNumber = standard; break;
                default: throw ExpectedPoolException.Unsupported("UserPool.Schema[].Name", attribute.Name);
            }
        }
        return result;
    }

    private static Mfa ToMfa(string mfaConfiguration) => mfaConfiguration switch
    {
        "ON" => Mfa.REQUIRED,
        "OPTIONAL" => Mfa.OPTIONAL,
        "OFF" => Mfa.OFF,
        _ => throw ExpectedPoolException.Unsupported("UserPool.MfaConfiguration", mfaConfiguration),
    };

    private static MfaSecondFactor ToMfaSecondFactor(IReadOnlyList<string> enabledMfas)
    {
        var result = new MfaSecondFactor { Otp = false, Sms = false };
        foreach (var mfa in enabledMfas)
        {
            switch (mfa)
            {
                case "SOFTWARE_TOKEN_MFA": result.Otp = true; break;
                case "SMS_MFA": result.Sms = true; break;
                // MfaSecondFactor has no email member in 2.160.0; UserPoolEscapeHatches adds EMAIL_OTP when SES is given.
                case DeployedFactors.EmailOtp: break;
                default: throw ExpectedPoolException.Unsupported("EnabledMfas", mfa);
            }
        }
        return result;
    }
}
