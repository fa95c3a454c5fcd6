using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Stops an external identity from signing in: its link to an existing user is removed (with its entry in that
/// user's identities) and its own federated user profile is deleted, so a later sign-in starts a new profile.
/// </summary>
public sealed class AdminDisableProviderForUser(CognitoStore store) : ICognitoOperation
{
    public string Name => "AdminDisableProviderForUser";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var (providerName, subject) = ProviderUsers.RequireExternal(store, pool, request.OptionalObject("User"), "User");
        var linked = store.LinkedUsername(pool.Id, providerName, subject);
        var federated = store.FindUser(pool, providerName + "_" + subject);
        if (linked is null && federated is null)
        {
            throw Errors.UserNotFound();
        }

        if (linked is not null)
        {
            store.UnlinkProvider(pool.Id, providerName, subject);
            store.UpdateUser(pool, linked, Errors.UserNotFound, user =>
            {
                var identities = ProviderUsers.IdentitiesOf(user);
                foreach (var identity in identities.Where(identity => ProviderUsers.IsIdentity(identity, providerName, subject)).ToList())
                {
                    identities.Remove(identity);
                }

                if (identities.Count == 0)
                {
                    user.RemoveAttribute("identities");
                }
                else
                {
                    user.SetAttribute("identities", identities.ToJsonString());
                }
            });
        }

        if (federated is not null)
        {
            store.DeleteUser(pool, federated.Username);
        }

        return new JsonObject();
    }
}
