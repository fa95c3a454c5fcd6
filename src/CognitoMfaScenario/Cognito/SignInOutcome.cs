using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Errors;

namespace CognitoMfaScenario.Cognito;

/// <summary>Where a sign-in stands after one call: the next challenge (with its session and parameters), or tokens.</summary>
/// <param name="ChallengeName">The next challenge, or null when Cognito issued tokens.</param>
/// <param name="Session">The session to answer the challenge with.</param>
/// <param name="Parameters">The challenge parameters (empty when there are none).</param>
/// <param name="Tokens">The tokens, when the sign-in is complete.</param>
public sealed record SignInOutcome(
    ChallengeNameType? ChallengeName,
    string? Session,
    IReadOnlyDictionary<string, string> Parameters,
    AuthenticationResultType? Tokens)
{
    /// <summary>The user name the sign-in went by (USER_ID_FOR_SRP after SRP), when the caller knows it.</summary>
    public string? Username { get; init; }

    /// <summary>The name to answer the challenge with: the one Cognito names, else the one the sign-in went by.</summary>
    /// <param name="typed">The name as typed, used when neither is known.</param>
    public string AnswerAs(string typed) => Parameter("USER_ID_FOR_SRP") ?? Parameter("USERNAME") ?? Username ?? typed;

    /// <summary>The challenge's name, or "tokens", for messages.</summary>
    public string Describe => ChallengeName?.Value ?? "tokens";

    public static SignInOutcome From(InitiateAuthResponse response) =>
        new(response.ChallengeName, response.Session, response.ChallengeParameters ?? [], response.AuthenticationResult);

    public static SignInOutcome From(RespondToAuthChallengeResponse response) =>
        new(response.ChallengeName, response.Session, response.ChallengeParameters ?? [], response.AuthenticationResult);

    /// <summary>A challenge parameter, or null when it is missing or empty.</summary>
    public string? Parameter(string name) =>
        Parameters.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    /// <summary>A challenge parameter the answer cannot do without.</summary>
    /// <exception cref="ScenarioException">The parameter is missing.</exception>
    public string RequiredParameter(string name) =>
        Parameter(name) ?? throw new ScenarioException($"Cognito's challenge lacks the {name} parameter.");
}
