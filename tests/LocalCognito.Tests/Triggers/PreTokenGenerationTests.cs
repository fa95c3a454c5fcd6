using System.Text.Json.Nodes;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LocalCognito.Tests.Triggers;

/// <summary>PreTokenGeneration V1_0 and V2_0 change the claims of tokens issued by sign-in and refresh.</summary>
public sealed class PreTokenGenerationTests
{
    private const string FunctionArn = TriggerPool.Arn + "pre-token";

    [Fact]
    public async Task V1_adds_overrides_and_suppresses_id_token_claims_and_overrides_groups()
    {
        var sources = new List<string>();
        JsonObject? seen = null;
        await using var t = await TestServer.StartWithAsync(options => options.Triggers.Handle(FunctionArn, triggerEvent =>
        {
            seen = triggerEvent;
            sources.Add(triggerEvent["triggerSource"]!.GetValue<string>());
            triggerEvent["response"] = JsonNode.Parse("""
                {"claimsOverrideDetails": {
                    "claimsToAddOrOverride": {"tenant": "acme", "sub": "not-allowed"},
                    "claimsToSuppress": ["email"],
                    "groupOverrideDetails": {"groupsToOverride": ["admins", "auditors"]}}}
                """);
            return triggerEvent;
        }));
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType { PreTokenGeneration = FunctionArn });
        await pool.SignUpAsync("alice");
        await t.Client.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = pool.PoolId, Username = "alice" });
        await t.Client.CreateGroupAsync(new CreateGroupRequest { UserPoolId = pool.PoolId, GroupName = "readers" });
        await t.Client.AdminAddUserToGroupAsync(new AdminAddUserToGroupRequest { UserPoolId = pool.PoolId, Username = "alice", GroupName = "readers" });

        var tokens = await pool.SignInAsync("alice");

        var id = new JsonWebToken(tokens.IdToken);
        var access = new JsonWebToken(tokens.AccessToken);
        Assert.Equal("acme", id.GetClaim("tenant").Value);
        Assert.False(id.TryGetClaim("email", out _));
        Assert.NotEqual("not-allowed", id.Subject);
        Assert.Equal(["admins", "auditors"], id.Claims.Where(c => c.Type == "cognito:groups").Select(c => c.Value));
        Assert.Equal(["admins", "auditors"], access.Claims.Where(c => c.Type == "cognito:groups").Select(c => c.Value));
        Assert.False(access.TryGetClaim("tenant", out _)); // V1 customises the id token only
        Assert.Equal("TokenGeneration_Authentication", sources.Single());
        Assert.Equal("readers", seen!["request"]!["groupConfiguration"]!["groupsToOverride"]![0]!.GetValue<string>());
        Assert.Null(seen["request"]!["scopes"]);

        await t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = pool.ClientId,
            AuthFlow = Amazon.CognitoIdentityProvider.AuthFlowType.REFRESH_TOKEN_AUTH,
            AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = tokens.RefreshToken },
        });
        Assert.Equal(["TokenGeneration_Authentication", "TokenGeneration_RefreshTokens"], sources);
    }

    [Fact]
    public async Task V2_customises_the_access_token_and_its_scopes()
    {
        JsonObject? seen = null;
        await using var t = await TestServer.StartWithAsync(options => options.Triggers.Handle(FunctionArn, triggerEvent =>
        {
            seen = triggerEvent;
            triggerEvent["response"] = JsonNode.Parse("""
                {"claimsAndScopeOverrideDetails": {
                    "idTokenGeneration": {"claimsToAddOrOverride": {"plan": "gold"}},
                    "accessTokenGeneration": {
                        "claimsToAddOrOverride": {"roles": ["reader", "writer"], "level": 3},
                        "scopesToAdd": ["orders/read"],
                        "scopesToSuppress": ["aws.cognito.signin.user.admin"]}}}
                """);
            return triggerEvent;
        }));
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType
        {
            PreTokenGenerationConfig = new PreTokenGenerationVersionConfigType { LambdaArn = FunctionArn, LambdaVersion = "V2_0" },
        });
        await pool.SignUpAsync("bob");
        await t.Client.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = pool.PoolId, Username = "bob" });

        var tokens = await pool.SignInAsync("bob");

        var id = new JsonWebToken(tokens.IdToken);
        var access = new JsonWebToken(tokens.AccessToken);
        Assert.Equal("gold", id.GetClaim("plan").Value);
        Assert.Equal("orders/read", access.GetClaim("scope").Value);
        Assert.Equal(3, access.GetPayloadValue<int>("level"));
        Assert.Equal(["reader", "writer"], access.Claims.Where(c => c.Type == "roles").Select(c => c.Value));
        Assert.Equal("2", seen!["version"]!.GetValue<string>());
        Assert.Equal("aws.cognito.signin.user.admin", seen["request"]!["scopes"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task V3_sends_a_version_3_event_for_user_sign_in()
    {
        var versions = new List<string>();
        await using var t = await TestServer.StartWithAsync(options => options.Triggers.Handle(FunctionArn, triggerEvent =>
        {
            versions.Add(triggerEvent["version"]!.GetValue<string>());
            return triggerEvent;
        }));
        var pool = await TriggerPool.CreateAsync(t, new LambdaConfigType
        {
            PreTokenGenerationConfig = new PreTokenGenerationVersionConfigType { LambdaArn = FunctionArn, LambdaVersion = "V3_0" },
        });
        await pool.SignUpAsync("carol");
        await t.Client.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = pool.PoolId, Username = "carol" });

        var tokens = await pool.SignInAsync("carol");

        Assert.Equal(["3"], versions);
        Assert.Equal("aws.cognito.signin.user.admin", new JsonWebToken(tokens.AccessToken).GetClaim("scope").Value);
    }
}
