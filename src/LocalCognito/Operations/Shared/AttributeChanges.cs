using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Applies attribute updates and deletions to a user (inside the store's UpdateUser): a changed email becomes
/// unverified and, when the pool auto-verifies email, gets a code (delivered by the caller once the user is stored);
/// with AttributesRequireVerificationBeforeUpdate the old email stays until the new one is verified.
/// </summary>
public sealed partial class AttributeChanges(OneTimeCodes codes, TimeProvider time)
{
    private const string Email = "email", PhoneNumber = "phone_number";

    /// <summary>Returns the codes issued, for <see cref="OneTimeCodes.Deliver"/> after the change is stored (empty when none).</summary>
    public IReadOnlyList<IssuedCode> Update(UserPool pool, AppClient? client, User user, List<(string Name, string Value)> attributes, AttributeWriter writer)
    {
        AttributePermissions.CheckWrite(pool, client, writer, attributes.Select(attribute => attribute.Name));
        CustomAttributeValues.Check(pool, attributes);
        var adminVerifiesEmail = writer == AttributeWriter.Admin
                                 && attributes.Any(attribute => attribute.Name == StandardAttributes.EmailVerified && attribute.Value == "true");
        var sendEmailCode = false;
        foreach (var (name, value) in attributes.OrderBy(attribute => attribute.Name.EndsWith("_verified", StringComparison.Ordinal)))
        {
            if (value.Length == 0)
            {
                Remove(pool, user, name);
            }
            else if (name == Email)
            {
                sendEmailCode |= ChangeEmail(pool, user, value, adminVerifiesEmail);
            }
            else if (name == PhoneNumber)
            {
                ChangePhoneNumber(user, value, writer == AttributeWriter.Admin && attributes.Contains((PhoneNumber + "_verified", "true")));
            }
            else
            {
                user.SetAttribute(name, value);
            }
        }

        user.LastModifiedDate = time.GetUtcNow();
        return sendEmailCode ? [codes.IssueVerification(pool, user, Email)] : [];
    }

    public void Delete(UserPool pool, AppClient? client, User user, List<string> names, AttributeWriter writer)
    {
        AttributePermissions.CheckWrite(pool, client, writer, names);
        foreach (var name in names)
        {
            Remove(pool, user, name);
        }

        user.LastModifiedDate = time.GetUtcNow();
    }

    /// <summary>Whether the pool keeps the old value of the attribute until a new one is verified.</summary>
    public static bool RequiresVerificationBeforeUpdate(UserPool pool, string name) =>
        pool.Settings["UserAttributeUpdateSettings"]?["AttributesRequireVerificationBeforeUpdate"] is JsonArray names
        && names.Any(item => item?.GetValue<string>() == name);

    private static bool ChangeEmail(UserPool pool, User user, string value, bool adminVerifiesEmail)
    {
        if (!EmailFormat().IsMatch(value))
        {
            throw Errors.InvalidParameter("Invalid email address format.");
        }

        if (value == user.GetAttribute(Email) && !user.PendingAttributes.ContainsKey(Email))
        {
            return false;
        }

        if (RequiresVerificationBeforeUpdate(pool, Email) && !adminVerifiesEmail && user.GetAttribute(Email) is not null)
        {
            user.PendingAttributes[Email] = value;
            return true;
        }

        user.SetAttribute(Email, value);
        user.PendingAttributes.Remove(Email);
        user.VerificationCodes.Remove(Email);
        if (adminVerifiesEmail)
        {
            return false;
        }

        user.SetAttribute(StandardAttributes.EmailVerified, "false");
        return pool.AutoVerifiedAttributes.Contains(Email);
    }

    /// <summary>A new phone number is unverified until verified (no SMS is sent: LocalCognito does not send SMS).</summary>
    private static void ChangePhoneNumber(User user, string value, bool adminVerifies)
    {
        if (!SignInNames.IsPhoneNumber(value))
        {
            throw Errors.InvalidParameter("Invalid phone number format.");
        }

        if (value == user.GetAttribute(PhoneNumber))
        {
            return;
        }

        user.SetAttribute(PhoneNumber, value);
        if (!adminVerifies)
        {
            user.SetAttribute(PhoneNumber + "_verified", "false");
        }
    }

    private static void Remove(UserPool pool, User user, string name)
    {
        if (pool.RequiredAttributes.Contains(name))
        {
            throw Errors.InvalidParameter($"Attributes did not conform to the schema: {name}: The attribute {name} is required");
        }

        user.RemoveAttribute(name);
        user.PendingAttributes.Remove(name);
        user.VerificationCodes.Remove(name);
        if (name == Email)
        {
            user.RemoveAttribute(StandardAttributes.EmailVerified);
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex EmailFormat();
}
