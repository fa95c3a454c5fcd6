using Amazon.CDK;
using Amazon.CDK.AWS.Cognito;
using CognitoMfa.Cdk.ExpectedPool;
using WirePasswordPolicy = CognitoMfa.Cdk.ExpectedPool.PasswordPolicy;

namespace CognitoMfa.Cdk;

/// <summary>Turns the wire-format CreateUserPool settings into CDK UserPool props.</summary>
public static class UserPoolPropsMapping
{
    public static UserPoolProps ToUserPoolProps(ExpectedPoolDefinition definition)
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
            DeviceTracking = new DeviceTracking
            {
                ChallengeRequiredOnNewDevice = pool.DeviceConfiguration.ChallengeRequiredOnNewDevice,
                DeviceOnlyRememberedOnUserPrompt = pool.DeviceConfiguration.DeviceOnlyRememberedOnUserPrompt,
            },
            // The file leaves recovery unset; the pool has no phone attribute, so say plainly that
            // recovery goes by verified email (the CDK default would name the phone first).
            AccountRecovery = AccountRecovery.EMAIL_ONLY,
            // A scenario pool: `cdk destroy` must remove it together with its users.
            RemovalPolicy = RemovalPolicy.DESTROY,
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
                default: throw ExpectedPoolException.Unsupported("EnabledMfas", mfa);
            }
        }
        return result;
    }
}
