using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Links an external identity that has not signed in yet (SourceUser) to an existing user (DestinationUser, provider
/// Cognito, value its user name): a federated sign-in of that identity then lands on the existing user. At most five
/// identities per user, as on Cognito.
/// </summary>
public sealed class AdminLinkProviderForUser(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    private const int MaxLinkedIdentities = 5;

    public string Name => "AdminLinkProviderForUser";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var destination = request.OptionalObject("DestinationUser") ?? throw Errors.MissingParameter("DestinationUser");
        if (destination.OptionalString("ProviderName") != "Cognito")
        {
            throw Errors.InvalidParameter("DestinationUser.ProviderName must be Cognito: LocalCognito links external identities to user pool users only.");
        }

        var username = destination.OptionalString("ProviderAttributeValue") ?? throw Errors.InvalidParameter("DestinationUser.ProviderAttributeValue is required.");
        var (providerName, subject) = ProviderUsers.RequireExternal(store, pool, request.OptionalObject("SourceUser"), "SourceUser");
        if (store.FindUser(pool, providerName + "_" + subject) is not null || store.LinkedUsername(pool.Id, providerName, subject) is not null)
        {
            throw Errors.InvalidParameter("SourceUser already exists in the user pool: link an external identity that has not signed in yet.");
        }

        var now = time.GetUtcNow();
        var user = store.UpdateUser(pool, username, Errors.UserNotFound, user =>
        {
            var identities = ProviderUsers.IdentitiesOf(user);
            if (identities.Count >= MaxLinkedIdentities)
            {
                throw new CognitoException("LimitExceededException", "A user can have at most 5 linked identities.");
            }

            var identity = Federation.FederatedUsers.Identities(providerName, subject, now)[0]!.DeepClone();
            identity["primary"] = false;
            identities.Add(identity);
            user.SetAttribute("identities", identities.ToJsonString());
            user.LastModifiedDate = now;
        });
        store.LinkProvider(pool.Id, providerName, subject, user.Username);
        return new JsonObject();
    }
}
