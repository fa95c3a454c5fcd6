using System.Text.Json.Nodes;
using LocalCognito.Store;

namespace LocalCognito.SignIn;

/// <summary>
/// What one sign-in step ends in: another challenge for the user to answer (<see cref="SignInChallenge"/>), or a
/// finished sign-in (<see cref="SignInCompleted"/>). Failures are thrown as <c>CognitoException</c>s with Cognito's
/// codes and messages, so every caller (API, managed login pages, custom auth) reports them the same way.
/// </summary>
public abstract record SignInOutcome;

/// <summary>The user must answer <paramref name="ChallengeName"/>, quoting <paramref name="Session"/>.</summary>
/// <param name="ChallengeName">Cognito's challenge name (SOFTWARE_TOKEN_MFA, EMAIL_OTP, SELECT_CHALLENGE...).</param>
/// <param name="Parameters">The ChallengeParameters, every value a string as on the wire (lists are JSON strings).</param>
/// <param name="Session">The opaque, single-use session the answer must carry.</param>
/// <param name="AvailableChallenges">SELECT_CHALLENGE only: the first factors the user may choose.</param>
public sealed record SignInChallenge(
    string ChallengeName,
    IReadOnlyDictionary<string, string> Parameters,
    string Session,
    IReadOnlyList<string>? AvailableChallenges = null) : SignInOutcome;

/// <summary>The user is signed in.</summary>
/// <param name="User">The user as stored after the last step.</param>
/// <param name="AuthTime">When the sign-in finished (the tokens' auth_time).</param>
/// <param name="DeviceKey">The device the tokens are bound to: the remembered one presented, or the one just created.</param>
/// <param name="AuthenticationResult">
/// The API's AuthenticationResult (tokens, and NewDeviceMetadata for a new device); null when the context asked for
/// no tokens (<see cref="SignInContext.IssueTokens"/>), e.g. a managed login page that hands out an authorization code.
/// </param>
public sealed record SignInCompleted(User User, DateTimeOffset AuthTime, string? DeviceKey, JsonObject? AuthenticationResult) : SignInOutcome;

/// <summary>Who drives a sign-in, and what it wants at the end.</summary>
/// <param name="IssueTokens">
/// True (the API): the completion issues tokens and, when the pool tracks devices, a new device with its
/// NewDeviceMetadata. False (managed login): the sign-in ends with the user and auth time only.
/// </param>
/// <param name="ClientMetadata">The caller's ClientMetadata, for triggers; empty when none.</param>
public sealed record SignInContext(bool IssueTokens, IReadOnlyDictionary<string, string> ClientMetadata)
{
    /// <summary>(Admin)InitiateAuth and (Admin)RespondToAuthChallenge.</summary>
    public static SignInContext Api { get; } = new(IssueTokens: true, new Dictionary<string, string>());

    /// <summary>The managed login pages: no tokens at the end (the page issues an authorization code).</summary>
    public static SignInContext ManagedLogin { get; } = new(IssueTokens: false, new Dictionary<string, string>());
}
