using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>amazon-cognito-identity-js signing in as a user who does not exist, on a client that prevents user-existence errors.</summary>
public sealed class AmazonCognitoIdentityJsExistenceTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task An_unknown_user_gets_PASSWORD_VERIFIER_and_fails_at_the_answer_exactly_like_a_wrong_password()
    {
        var stranger = TestUser.CreateUnique("js-stranger");
        var observed = await NodeScript.RunAsync("srp-sign-in-outcome.mjs", new JsonObject
        {
            ["endpoint"] = cognito.Endpoint.ToString(),
            ["poolId"] = cognito.UserPoolId,
            ["clientId"] = cognito.ClientId,
            ["username"] = stranger.Username,
            ["password"] = stranger.Password,
        });

        Assert.True(
            observed["outcome"]?.GetValue<string>() == "failed"
                && observed["error"]?["code"]?.GetValue<string>() == "NotAuthorizedException"
                && observed["error"]?["message"]?.GetValue<string>() == "Incorrect username or password.",
            $"An unknown user must fail as a wrong password does: {observed.ToJsonString()}");
        Assert.Equal(
            ["InitiateAuth USER_SRP_AUTH -> PASSWORD_VERIFIER", "RespondToAuthChallenge PASSWORD_VERIFIER -> NotAuthorizedException"],
            WireCallTrace.Lines(observed["calls"]));
    }
}
