using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests.Triggers;

/// <summary>A pool without MFA whose LambdaConfig names the test's functions, and a client with USER_PASSWORD_AUTH.</summary>
public sealed record TriggerPool(TestServer T, string PoolId, string ClientId)
{
    public const string Arn = "arn:aws:lambda:us-east-1:123456789012:function:";

    public static async Task<TriggerPool> CreateAsync(TestServer t, LambdaConfigType triggers)
    {
        var pool = (await t.Client.CreateUserPoolAsync(new CreateUserPoolRequest
        {
            PoolName = "triggers",
            AutoVerifiedAttributes = [VerifiedAttributeType.Email],
            LambdaConfig = triggers,
        })).UserPool;
        var client = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = pool.Id,
            ClientName = "app",
            ExplicitAuthFlows = [ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH],
        })).UserPoolClient;
        return new TriggerPool(t, pool.Id, client.ClientId);
    }

    public Task<SignUpResponse> SignUpAsync(string username, Dictionary<string, string>? validationData = null) =>
        T.Client.SignUpAsync(new SignUpRequest
        {
            ClientId = ClientId,
            Username = username,
            Password = TestServer.Password,
            UserAttributes = [new AttributeType { Name = "email", Value = $"{username}@example.com" }],
            ValidationData = validationData?.Select(pair => new AttributeType { Name = pair.Key, Value = pair.Value }).ToList(),
        });

    public async Task<AuthenticationResultType> SignInAsync(string username) =>
        (await T.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = ClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = TestServer.Password },
        })).AuthenticationResult;

    public async Task<string> StatusOfAsync(string username) =>
        (await T.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = PoolId, Username = username })).UserStatus.Value;
}
