using System.Text.Json.Nodes;
using LocalCognito.SignIn;

namespace LocalCognito.ManagedLogin;

/// <summary>
/// The Cognito actions behind the pages. The sign-in steps run through the <see cref="SignInRouter"/> (the API's own
/// rules, lockouts and challenge handlers) in the managed login context, so a page sign-in ends with the user and
/// no API tokens or devices; the others answer as the API operation of the same name does (the same JSON, the same
/// <see cref="Protocol.CognitoException"/>s) because they run that operation's code.
/// </summary>
public interface ILoginActions
{
    /// <summary>A password as the first factor, under the same lockout as USER_PASSWORD_AUTH: a challenge or the signed-in user.</summary>
    SignInOutcome SignIn(LoginTarget target, string username, string password);

    /// <summary>RespondToAuthChallenge for the user the challenge names.</summary>
    SignInOutcome Respond(LoginTarget target, string challengeName, string username, string session, IReadOnlyDictionary<string, string> answers);

    /// <summary>AssociateSoftwareToken with an MFA_SETUP session: SecretCode and the next Session.</summary>
    JsonObject AssociateSoftwareToken(string session);

    /// <summary>VerifySoftwareToken with the set-up session: Status and the Session that completes MFA_SETUP.</summary>
    JsonObject VerifySoftwareToken(string session, string code);

    JsonObject SignUp(LoginTarget target, string username, string password, IReadOnlyDictionary<string, string> attributes);
    JsonObject ConfirmSignUp(LoginTarget target, string username, string code);
    JsonObject ResendConfirmationCode(LoginTarget target, string username);
    JsonObject ForgotPassword(LoginTarget target, string username);
    JsonObject ConfirmForgotPassword(LoginTarget target, string username, string code, string newPassword);
}
