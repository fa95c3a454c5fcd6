using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.SignIn;
using LocalCognito.Store;

namespace LocalCognito.ManagedLogin;

/// <summary>
/// <see cref="ILoginActions"/>: the sign-in steps through the <see cref="SignInRouter"/> with
/// <see cref="SignInContext.ManagedLogin"/> (no API tokens, no devices: the page hands out an authorization code), the
/// rest through the API's own operations run in-process by the dispatcher (the same model validation and handlers).
/// The pages are Cognito's own, so they sign SECRET_HASH themselves for a client with a secret, and the password
/// sign-in does not depend on the client's ExplicitAuthFlows (managed login works whatever flows the client lets apps call).
/// </summary>
public sealed class ApiLoginActions(RequestDispatcher dispatcher, SignInRouter router, SignInUsers users) : ILoginActions
{
    public SignInOutcome SignIn(LoginTarget target, string username, string password)
    {
        var user = users.Require(target.Pool, target.Client, username);
        return router.Start(target.Pool, target.Client, user, SessionStep.Password,
            new Dictionary<string, string> { ["PASSWORD"] = password }, deviceKey: null, SignInContext.ManagedLogin);
    }

    public SignInOutcome Respond(LoginTarget target, string challengeName, string username, string session, IReadOnlyDictionary<string, string> answers)
    {
        var responses = new Dictionary<string, string>(answers) { ["USERNAME"] = username };
        return router.Respond(target.Pool, target.Client, challengeName, responses, session, SignInContext.ManagedLogin);
    }

    public JsonObject AssociateSoftwareToken(string session) =>
        dispatcher.Invoke("AssociateSoftwareToken", new JsonObject { ["Session"] = session });

    public JsonObject VerifySoftwareToken(string session, string code) =>
        dispatcher.Invoke("VerifySoftwareToken", new JsonObject { ["Session"] = session, ["UserCode"] = code, ["FriendlyDeviceName"] = "Authenticator app" });

    public JsonObject SignUp(LoginTarget target, string username, string password, IReadOnlyDictionary<string, string> attributes)
    {
        var request = UserRequest(target, username);
        request["Password"] = password;
        request["UserAttributes"] = new JsonArray(attributes
            .Select(attribute => (JsonNode)new JsonObject { ["Name"] = attribute.Key, ["Value"] = attribute.Value })
            .ToArray());
        return dispatcher.Invoke("SignUp", request);
    }

    public JsonObject ConfirmSignUp(LoginTarget target, string username, string code)
    {
        var request = UserRequest(target, username);
        request["ConfirmationCode"] = code;
        return dispatcher.Invoke("ConfirmSignUp", request);
    }

    public JsonObject ResendConfirmationCode(LoginTarget target, string username) =>
        dispatcher.Invoke("ResendConfirmationCode", UserRequest(target, username));

    public JsonObject ForgotPassword(LoginTarget target, string username) =>
        dispatcher.Invoke("ForgotPassword", UserRequest(target, username));

    public JsonObject ConfirmForgotPassword(LoginTarget target, string username, string code, string newPassword)
    {
        var request = UserRequest(target, username);
        request["ConfirmationCode"] = code;
        request["Password"] = newPassword;
        return dispatcher.Invoke("ConfirmForgotPassword", request);
    }

    private static JsonObject UserRequest(LoginTarget target, string username)
    {
        var request = new JsonObject { ["ClientId"] = target.Client.ClientId, ["Username"] = username };
        AddSecretHash(request, "SecretHash", target.Client, username);
        return request;
    }

    private static void AddSecretHash(JsonObject request, string member, AppClient client, string username)
    {
        if (client.ClientSecret is not null)
        {
            request[member] = CognitoSrp.SecretHash.Compute(username: username, clientId: client.ClientId, clientSecret: client.ClientSecret);
        }
    }
}
