using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Sends a password-reset code to the user's verified email or phone (the outbox stands in for both).</summary>
public sealed class ForgotPassword(CognitoStore store, OneTimeCodes codes) : ICognitoOperation
{
    public string Name => "ForgotPassword";

    public JsonObject Execute(JsonObject request) => CodeRequest.Answer(store, request, (pool, username) =>
    {
        var (_, issued) = store.UpdateUser(pool, username, Errors.UsernameClientNotFound, user => codes.IssuePasswordReset(pool, user));
        return codes.Deliver(issued);
    });
}
