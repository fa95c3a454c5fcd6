using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// The rules around NEW_PASSWORD_REQUIRED for users AdminCreateUser made: the temporary password's validity, the
/// required attributes the user still lacks (which the answer must supply), and the attributes the answer sets.
/// </summary>
public static class NewPasswordChallenge
{
    private const string AttributePrefix = "userAttributes.";
    private const int DefaultTemporaryPasswordValidityDays = 7;

    /// <summary>Throws once the temporary password is older than the pool's TemporaryPasswordValidityDays.</summary>
    public static void EnsureTemporaryPasswordValid(UserPool pool, User user, DateTimeOffset now)
    {
        var days = pool.Settings["Policies"]?["PasswordPolicy"]?["TemporaryPasswordValidityDays"]?.GetValue<int>()
                   ?? pool.Settings["AdminCreateUserConfig"]?["UnusedAccountValidityDays"]?.GetValue<int>()
                   ?? DefaultTemporaryPasswordValidityDays;
        var issuedAt = user.TemporaryPasswordIssuedAt ?? user.LastModifiedDate;
        if (now > issuedAt + TimeSpan.FromDays(days))
        {
            throw LifecycleErrors.TemporaryPasswordExpired();
        }
    }

    /// <summary>The challenge's requiredAttributes: a JSON array string of "userAttributes.name" for each one missing.</summary>
    public static string RequiredAttributesJson(UserPool pool, User user) =>
        new JsonArray(Missing(pool, user).Select(name => (JsonNode)JsonValue.Create(AttributePrefix + name)).ToArray()).ToJsonString();

    /// <summary>Refuses an answer that leaves a required attribute missing.</summary>
    public static void EnsureRequiredSupplied(UserPool pool, User user, IReadOnlyDictionary<string, string> responses)
    {
        var stillMissing = Missing(pool, user)
            .Where(name => string.IsNullOrEmpty(responses.GetValueOrDefault(AttributePrefix + name)))
            .ToList();
        if (stillMissing.Count > 0)
        {
            throw LifecycleErrors.MissingRequiredAttributes(stillMissing);
        }
    }

    /// <summary>The userAttributes.* the answer carries, to set on the user (sub cannot be changed).</summary>
    public static List<UserAttribute> AttributesIn(IReadOnlyDictionary<string, string> responses) =>
        responses.Where(entry => entry.Key.StartsWith(AttributePrefix, StringComparison.Ordinal))
            .Select(entry => new UserAttribute(entry.Key[AttributePrefix.Length..], entry.Value))
            .Where(attribute => attribute.Name.Length > 0 && attribute.Name != "sub")
            .ToList();

    private static IEnumerable<string> Missing(UserPool pool, User user) =>
        pool.RequiredAttributes.Where(name => string.IsNullOrEmpty(user.GetAttribute(name)));
}
