using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class ResendConfirmationCode(CognitoStore store, OneTimeCodes codes, CodeResendLimit resends, AttemptLimits limits) : ICognitoOperation
{
    public string Name => "ResendConfirmationCode";

    public JsonObject Execute(JsonObject request) => CodeRequest.Answer(store, request, (pool, username) =>
    {
        var user = store.FindUser(pool, username) ?? throw Errors.UsernameClientNotFound();
        RequireUnconfirmed(user);
        // Requests count toward the hourly limit on confirmation codes (entries too).
        limits.SignUpConfirmationCodes.Take(user);
        resends.Take(user);
        // The new code replaces the previous one, keeping the count of wrong tries.
        var (_, issued) = store.UpdateUser(pool, username, Errors.UsernameClientNotFound, current =>
        {
            RequireUnconfirmed(current);
            return codes.IssueConfirmation(pool, current);
        });
        return codes.Deliver(issued);
    });

    private static void RequireUnconfirmed(User user)
    {
        if (user.Status != UserStatus.Unconfirmed)
        {
            throw Errors.InvalidParameter("User is already confirmed.");
        }
    }
}
