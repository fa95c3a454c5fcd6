using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>The signed-in user's own attributes and sign-in options, authorized by its access token.</summary>
public static partial class OperationCases
{
    private static IEnumerable<OperationCase> UserSelfServiceCases()
    {

        yield return OperationCase.Create("UpdateUserAttributes", false,
            new UpdateUserAttributesRequest
            {
                UserAttributes = [new AttributeType { Name = "email", Value = "alice@example.org" }, new AttributeType { Name = "nickname", Value = "Al" }],
                AccessToken = "at",
                ClientMetadata = new Dictionary<string, string> { ["screen"] = "profile" },
            },
            (c, r, ct) => c.UpdateUserAttributesAsync(r, ct),
            """
            {"UserAttributes":[{"Name":"email","Value":"alice@example.org"},{"Name":"nickname","Value":"Al"}],
             "AccessToken":"at","ClientMetadata":{"screen":"profile"}}
            """,
            """{"CodeDeliveryDetailsList":[{"Destination":"a***@e***","DeliveryMedium":"EMAIL","AttributeName":"email"}]}""",
            r =>
            {
                var delivery = Assert.Single(r.CodeDeliveryDetailsList);
                Assert.Equal(DeliveryMediumType.EMAIL, delivery.DeliveryMedium);
                Assert.Equal("a***@e***", delivery.Destination);
                Assert.Equal("email", delivery.AttributeName);
            });

        yield return OperationCase.Create("DeleteUserAttributes", false,
            new DeleteUserAttributesRequest { UserAttributeNames = ["nickname", "custom:plan"], AccessToken = "at" },
            (c, r, ct) => c.DeleteUserAttributesAsync(r, ct),
            """{"UserAttributeNames":["nickname","custom:plan"],"AccessToken":"at"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("GetUserAttributeVerificationCode", false,
            new GetUserAttributeVerificationCodeRequest
            {
                AccessToken = "at",
                AttributeName = "phone_number",
                ClientMetadata = new Dictionary<string, string> { ["locale"] = "en-GB" },
            },
            (c, r, ct) => c.GetUserAttributeVerificationCodeAsync(r, ct),
            """{"AccessToken":"at","AttributeName":"phone_number","ClientMetadata":{"locale":"en-GB"}}""",
            """{"CodeDeliveryDetails":{"Destination":"+*******0100","DeliveryMedium":"SMS","AttributeName":"phone_number"}}""",
            r =>
            {
                Assert.Equal(DeliveryMediumType.SMS, r.CodeDeliveryDetails.DeliveryMedium);
                Assert.Equal("+*******0100", r.CodeDeliveryDetails.Destination);
                Assert.Equal("phone_number", r.CodeDeliveryDetails.AttributeName);
            });

        yield return OperationCase.Create("VerifyUserAttribute", false,
            new VerifyUserAttributeRequest { AccessToken = "at", AttributeName = "email", Code = "654321" },
            (c, r, ct) => c.VerifyUserAttributeAsync(r, ct),
            """{"AccessToken":"at","AttributeName":"email","Code":"654321"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("GetUserAuthFactors", false,
            new GetUserAuthFactorsRequest { AccessToken = "at" },
            (c, r, ct) => c.GetUserAuthFactorsAsync(r, ct),
            """{"AccessToken":"at"}""",
            """
            {"Username":"alice","PreferredMfaSetting":"EMAIL_OTP","UserMFASettingList":["SOFTWARE_TOKEN_MFA","EMAIL_OTP"],
             "ConfiguredUserAuthFactors":["PASSWORD","EMAIL_OTP","WEB_AUTHN"]}
            """,
            r =>
            {
                Assert.Equal("alice", r.Username);
                Assert.Equal("EMAIL_OTP", r.PreferredMfaSetting);
                Assert.Equal(["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"], r.UserMFASettingList);
                Assert.Equal(["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"], r.ConfiguredUserAuthFactors);
            });
    }
}
