using System.Text.Json.Nodes;

namespace Conformance.Tests.Infrastructure;

/// <summary>Verifies tokens a test holds with jose (tests/js/conformance/verify-tokens.mjs).</summary>
public static class TokenVerifier
{
    public static async Task AssertValidAsync(LocalCognitoFixture cognito, JsonObject authenticationResult, TestUser user)
    {
        var verification = await NodeScript.RunAsync("verify-tokens.mjs", new JsonObject
        {
            ["endpoint"] = cognito.Endpoint.ToString(),
            ["poolId"] = cognito.UserPoolId,
            ["clientId"] = cognito.ClientId,
            ["accessToken"] = authenticationResult["AccessToken"]?.GetValue<string>(),
            ["idToken"] = authenticationResult["IdToken"]?.GetValue<string>(),
        });
        CognitoTokenAssertions.AssertVerifiedTokens(verification, cognito.UserPoolId, cognito.ClientId, user);
    }
}
