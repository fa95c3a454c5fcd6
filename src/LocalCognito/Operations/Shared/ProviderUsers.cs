using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// ProviderUserIdentifierType values naming an external identity (ProviderName, ProviderAttributeName,
/// ProviderAttributeValue), and the identities attribute they are recorded in. LocalCognito identifies an OIDC
/// identity by its sub, so ProviderAttributeName must be Cognito_Subject.
/// </summary>
public static class ProviderUsers
{
    public static (string ProviderName, string Subject) RequireExternal(CognitoStore store, UserPool pool, JsonObject? identifier, string member)
    {
        if (identifier is null)
        {
            throw Errors.MissingParameter(member);
        }

        var providerName = identifier.OptionalString("ProviderName") ?? throw Errors.InvalidParameter($"{member}.ProviderName is required.");
        if (providerName is "Cognito" or "COGNITO")
        {
            throw Errors.InvalidParameter($"{member} must name an external identity provider; LocalCognito does not emulate disabling or linking Cognito's own sign-in here.");
        }

        _ = IdentityProviderRules.Require(store, pool.Id, providerName);
        if (identifier.OptionalString("ProviderAttributeName") is { } attribute && attribute != "Cognito_Subject")
        {
            throw Errors.InvalidParameter(
                $"LocalCognito identifies OIDC users by their sub only: {member}.ProviderAttributeName must be Cognito_Subject, not {attribute}.");
        }

        var subject = identifier.OptionalString("ProviderAttributeValue");
        if (string.IsNullOrEmpty(subject))
        {
            throw Errors.InvalidParameter($"{member}.ProviderAttributeValue is required.");
        }

        return (providerName, subject);
    }

    public static JsonArray IdentitiesOf(User user)
    {
        try
        {
            return user.GetAttribute("identities") is { } value ? JsonNode.Parse(value) as JsonArray ?? [] : [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    public static bool IsIdentity(JsonNode? identity, string providerName, string subject) =>
        identity?["providerName"]?.ToString() == providerName && identity["userId"]?.ToString() == subject;
}
