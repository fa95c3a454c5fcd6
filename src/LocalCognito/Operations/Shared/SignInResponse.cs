using System.Text.Json.Nodes;
using LocalCognito.SignIn;

namespace LocalCognito.Operations;

/// <summary>A sign-in outcome as the API answers it: ChallengeName, Session and ChallengeParameters, or the AuthenticationResult.</summary>
public static class SignInResponse
{
    public static JsonObject ToJson(SignInOutcome outcome) => outcome switch
    {
        SignInChallenge challenge => Challenge(challenge),
        SignInCompleted completed => new JsonObject
        {
            ["ChallengeParameters"] = new JsonObject(),
            ["AuthenticationResult"] = completed.AuthenticationResult?.DeepClone(),
        },
        _ => throw new InvalidOperationException($"Unknown sign-in outcome {outcome.GetType().Name}."),
    };

    private static JsonObject Challenge(SignInChallenge challenge)
    {
        var parameters = new JsonObject();
        foreach (var (name, value) in challenge.Parameters)
        {
            parameters[name] = value;
        }

        var response = new JsonObject
        {
            ["ChallengeName"] = challenge.ChallengeName,
            ["Session"] = challenge.Session,
            ["ChallengeParameters"] = parameters,
        };
        if (challenge.AvailableChallenges is { } available)
        {
            response["AvailableChallenges"] = new JsonArray(available.Select(name => (JsonNode)name).ToArray());
        }

        return response;
    }
}
