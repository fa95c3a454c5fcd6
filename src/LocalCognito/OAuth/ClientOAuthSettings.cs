using System.Text.Json.Nodes;
using LocalCognito.Store;

namespace LocalCognito.OAuth;

/// <summary>An app client's OAuth settings, read from what Create/UpdateUserPoolClient stored (and validated).</summary>
public static class ClientOAuthSettings
{
    /// <summary>AllowedOAuthFlowsUserPoolClient: without it the client cannot use the OAuth endpoints at all.</summary>
    public static bool OAuthEnabled(this AppClient client) =>
        client.Settings["AllowedOAuthFlowsUserPoolClient"]?.GetValue<bool>() == true;

    public static IReadOnlyList<string> OAuthFlows(this AppClient client) => List(client, "AllowedOAuthFlows");

    public static IReadOnlyList<string> OAuthScopes(this AppClient client) => List(client, "AllowedOAuthScopes");

    public static IReadOnlyList<string> CallbackUrls(this AppClient client) => List(client, "CallbackURLs");

    public static IReadOnlyList<string> LogoutUrls(this AppClient client) => List(client, "LogoutURLs");

    public static IReadOnlyList<string> IdentityProviders(this AppClient client) => List(client, "SupportedIdentityProviders");

    /// <summary>Whether the client may use an OAuth flow ("code", "implicit", "client_credentials").</summary>
    public static bool AllowsOAuthFlow(this AppClient client, string flow) => client.OAuthEnabled() && client.OAuthFlows().Contains(flow);

    private static IReadOnlyList<string> List(AppClient client, string member) =>
        client.Settings[member] is JsonArray items ? items.OfType<JsonValue>().Select(item => item.GetValue<string>()).ToList() : [];
}
