using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>MFA: authenticator enrolment, user preferences and the pool's MFA configuration.</summary>
public static partial class OperationCases
{
    private static IEnumerable<OperationCase> MfaCases()
    {
        yield return OperationCase.Create("AssociateSoftwareToken", false,
            new AssociateSoftwareTokenRequest { Session = "AYABeSession-0000000000000001" },
            (c, r, ct) => c.AssociateSoftwareTokenAsync(r, ct),
            """{"Session":"AYABeSession-0000000000000001"}""",
            """{"SecretCode":"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP","Session":"sess2"}""",
            r =>
            {
                Assert.Equal("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", r.SecretCode);
                Assert.Equal("sess2", r.Session);
            });

        yield return OperationCase.Create("VerifySoftwareToken", false,
            new VerifySoftwareTokenRequest { Session = "AYABeSession-0000000000000001", UserCode = "123456", FriendlyDeviceName = "phone" },
            (c, r, ct) => c.VerifySoftwareTokenAsync(r, ct),
            """{"Session":"AYABeSession-0000000000000001","UserCode":"123456","FriendlyDeviceName":"phone"}""",
            """{"Status":"SUCCESS","Session":"sess3"}""",
            r =>
            {
                Assert.Equal(VerifySoftwareTokenResponseType.SUCCESS, r.Status);
                Assert.Equal("sess3", r.Session);
            });

        yield return OperationCase.Create("SetUserMFAPreference", false,
            new SetUserMFAPreferenceRequest
            {
                AccessToken = "at",
                SoftwareTokenMfaSettings = new SoftwareTokenMfaSettingsType { Enabled = true, PreferredMfa = true },
                SMSMfaSettings = new SMSMfaSettingsType { Enabled = false },
            },
            (c, r, ct) => c.SetUserMFAPreferenceAsync(r, ct),
            """{"AccessToken":"at","SoftwareTokenMfaSettings":{"Enabled":true,"PreferredMfa":true},"SMSMfaSettings":{"Enabled":false}}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("AdminSetUserMFAPreference", true,
            new AdminSetUserMFAPreferenceRequest
            {
                UserPoolId = PoolId,
                Username = "alice",
                SoftwareTokenMfaSettings = new SoftwareTokenMfaSettingsType { Enabled = true, PreferredMfa = false },
                EmailMfaSettings = new EmailMfaSettingsType { Enabled = false, PreferredMfa = false },
            },
            (c, r, ct) => c.AdminSetUserMFAPreferenceAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice","SoftwareTokenMfaSettings":{"Enabled":true,"PreferredMfa":false},"EmailMfaSettings":{"Enabled":false,"PreferredMfa":false}}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("SetUserPoolMfaConfig", true,
            new SetUserPoolMfaConfigRequest
            {
                UserPoolId = PoolId,
                MfaConfiguration = UserPoolMfaType.ON,
                SoftwareTokenMfaConfiguration = new SoftwareTokenMfaConfigType { Enabled = true },
            },
            (c, r, ct) => c.SetUserPoolMfaConfigAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","MfaConfiguration":"ON","SoftwareTokenMfaConfiguration":{"Enabled":true}}""",
            """{"MfaConfiguration":"ON","SoftwareTokenMfaConfiguration":{"Enabled":true}}""",
            r =>
            {
                Assert.Equal(UserPoolMfaType.ON, r.MfaConfiguration);
                Assert.True(r.SoftwareTokenMfaConfiguration.Enabled);
                Assert.Null(r.SmsMfaConfiguration);
            });

        yield return OperationCase.Create("GetUserPoolMfaConfig", true,
            new GetUserPoolMfaConfigRequest { UserPoolId = PoolId },
            (c, r, ct) => c.GetUserPoolMfaConfigAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ"}""",
            """{"MfaConfiguration":"OPTIONAL","SoftwareTokenMfaConfiguration":{"Enabled":false}}""",
            r =>
            {
                Assert.Equal(UserPoolMfaType.OPTIONAL, r.MfaConfiguration);
                Assert.False(r.SoftwareTokenMfaConfiguration.Enabled);
            });
    }
}
