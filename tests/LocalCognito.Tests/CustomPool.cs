using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>
/// A second pool without MFA (so a password alone signs in), auto-verifying email, with custom attributes
/// custom:plan (mutable) and custom:tier (immutable) and a client allowing USER_PASSWORD_AUTH.
/// </summary>
public sealed record CustomPool(TestServer T, string PoolId, string ClientId)
{
    public static async Task<CustomPool> CreateAsync(TestServer t, bool verifyEmailBeforeUpdate = false,
        List<string>? readAttributes = null, List<string>? writeAttributes = null, string mfa = "OFF")
    {
        var request = new CreateUserPoolRequest
        {
            PoolName = "custom",
            MfaConfiguration = new UserPoolMfaType(mfa),
            AutoVerifiedAttributes = [VerifiedAttributeType.Email],
            Schema =
            [
                new SchemaAttributeType { Name = "email", AttributeDataType = AttributeDataType.String, Required = true, Mutable = true },
                new SchemaAttributeType { Name = "plan", AttributeDataType = AttributeDataType.String, Mutable = true },
                new SchemaAttributeType { Name = "tier", AttributeDataType = AttributeDataType.String, Mutable = false },
            ],
        };
        if (verifyEmailBeforeUpdate)
        {
            request.UserAttributeUpdateSettings = new UserAttributeUpdateSettingsType
            {
                AttributesRequireVerificationBeforeUpdate = [VerifiedAttributeType.Email],
            };
        }

        var pool = (await t.Client.CreateUserPoolAsync(request)).UserPool;
        var client = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = pool.Id,
            ClientName = "app",
            ExplicitAuthFlows = [ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH],
            ReadAttributes = readAttributes ?? [],
            WriteAttributes = writeAttributes ?? [],
        })).UserPoolClient;
        return new CustomPool(t, pool.Id, client.ClientId);
    }

    public async Task SignUpConfirmedAsync(string username, params AttributeType[] extra)
    {
        await T.Client.SignUpAsync(new SignUpRequest
        {
            ClientId = ClientId,
            Username = username,
            Password = TestServer.Password,
            UserAttributes = [new AttributeType { Name = "email", Value = $"{username}@example.com" }, .. extra],
        });
        await T.Client.ConfirmSignUpAsync(new ConfirmSignUpRequest { ClientId = ClientId, Username = username, ConfirmationCode = T.LatestCode(username) });
    }

    public async Task<AuthenticationResultType> SignInAsync(string username) =>
        (await T.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = ClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = TestServer.Password },
        })).AuthenticationResult;

    public async Task<Dictionary<string, string>> AttributesAsync(string username) =>
        (await T.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = PoolId, Username = username }))
        .UserAttributes.ToDictionary(attribute => attribute.Name, attribute => attribute.Value);
}
