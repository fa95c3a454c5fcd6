using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Who writes attributes, which decides the rules that apply.</summary>
public enum AttributeWriter
{
    /// <summary>SignUp: an app client, creating the user.</summary>
    SelfSignUp,
    /// <summary>UpdateUserAttributes / DeleteUserAttributes: an app client, for the signed-in user.</summary>
    Self,
    /// <summary>AdminCreateUser: IAM, creating the user.</summary>
    AdminCreate,
    /// <summary>AdminUpdateUserAttributes / AdminDeleteUserAttributes: IAM.</summary>
    Admin,
}

/// <summary>
/// Cognito's attribute write rules: names must be in the pool's schema, an app client writes only its
/// WriteAttributes (by default the standard attributes and the custom ones, never sub, cognito:* or the
/// *_verified flags), and immutable attributes are set only when the user is created.
/// </summary>
public static class AttributePermissions
{
    private static readonly string[] VerifiedFlags = [StandardAttributes.EmailVerified, StandardAttributes.PhoneNumberVerified];

    public static void CheckWrite(UserPool pool, AppClient? client, AttributeWriter writer, IEnumerable<string> names)
    {
        var schema = PoolSchema.For(pool);
        foreach (var name in names)
        {
            var byClient = writer is AttributeWriter.SelfSignUp or AttributeWriter.Self;
            if (byClient && name.StartsWith("cognito:", StringComparison.Ordinal))
            {
                throw UnauthorizedWrite();
            }

            var definition = schema.FirstOrDefault(attribute => attribute["Name"]?.GetValue<string>() == name)
                             ?? throw Errors.InvalidParameter($"Attributes did not conform to the schema: Type for attribute {{{name}}} could not be determined");
            if (byClient && !ClientMayWrite(client, name))
            {
                throw UnauthorizedWrite();
            }

            var creating = writer is AttributeWriter.SelfSignUp or AttributeWriter.AdminCreate;
            if (name == StandardAttributes.Sub || (!creating && !PoolSchema.IsMutable(definition)))
            {
                throw Errors.InvalidParameter($"user.{name}: Attribute cannot be updated.");
            }
        }
    }

    /// <summary>Whether the client may show an attribute to its user (GetUser, the id token).</summary>
    public static bool ClientMayRead(AppClient client, string name) =>
        name == StandardAttributes.Sub || client.Settings["ReadAttributes"] is not JsonArray { Count: > 0 } readable
        || readable.Any(item => item?.GetValue<string>() == name);

    /// <summary>ReadAttributes / WriteAttributes of CreateUserPoolClient must name attributes of the pool.</summary>
    public static void CheckClientLists(UserPool pool, JsonObject request, string verb)
    {
        var known = PoolSchema.For(pool).Select(attribute => attribute["Name"]!.GetValue<string>()).ToHashSet();
        foreach (var (member, kind) in new[] { ("ReadAttributes", "read"), ("WriteAttributes", "write") })
        {
            if (request.StringList(member).Any(name => !known.Contains(name) || (kind == "write" && name == StandardAttributes.Sub)))
            {
                throw Errors.InvalidParameter($"Invalid {kind} attributes specified while {verb} a client");
            }
        }
    }

    private static bool ClientMayWrite(AppClient? client, string name)
    {
        if (name == StandardAttributes.Sub || VerifiedFlags.Contains(name))
        {
            return false;
        }

        if (client?.Settings["WriteAttributes"] is JsonArray { Count: > 0 } writable)
        {
            return writable.Any(item => item?.GetValue<string>() == name);
        }

        return true;
    }

    // Recorded Cognito responses answer this with NotAuthorizedException (not InvalidParameterException).
    private static CognitoException UnauthorizedWrite() => Errors.NotAuthorized("A client attempted to write unauthorized attribute");
}
