using System.Text.Json.Nodes;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>Where a code goes and how CodeDeliveryDetails show it (masked).</summary>
public static class CodeDestinations
{
    /// <summary>
    /// The verified contact a password-reset code goes to: in the order of the pool's AccountRecoverySetting, or
    /// (without one) phone before email, as Cognito's legacy behaviour does. admin_only allows no self-service channel.
    /// An email used for email MFA is not a recovery channel when the pool has a recovery setting.
    /// </summary>
    public static (string Attribute, string Value)? Recovery(UserPool pool, User user)
    {
        IEnumerable<string> order = ["verified_phone_number", "verified_email"];
        if (pool.Settings["AccountRecoverySetting"]?["RecoveryMechanisms"] is JsonArray mechanisms)
        {
            order = mechanisms.OfType<JsonObject>()
                .OrderBy(mechanism => mechanism["Priority"]?.GetValue<int>() ?? int.MaxValue)
                .Select(mechanism => mechanism["Name"]?.GetValue<string>() ?? "")
                // With a recovery setting, an email that is also the user's MFA factor does not qualify (API reference).
                .Where(mechanism => !(mechanism == "verified_email" && user.HasEmailMfa))
                .ToList();
        }

        foreach (var mechanism in order)
        {
            var attribute = mechanism switch
            {
                "verified_email" => "email",
                "verified_phone_number" => "phone_number",
                _ => null,
            };
            if (attribute is not null && user.GetAttribute(attribute + "_verified") == "true" && user.GetAttribute(attribute) is { } value)
            {
                return (attribute, value);
            }
        }

        return null;
    }

    public static JsonObject Delivery(string destination, string medium, string attribute) => new()
    {
        ["Destination"] = destination,
        ["DeliveryMedium"] = medium,
        ["AttributeName"] = attribute,
    };

    /// <summary>"t***@e***": first letter, ***@, first letter of the domain, ***.</summary>
    public static string MaskEmail(string email)
    {
        var atSign = email.IndexOf('@');
        if (atSign <= 0 || atSign == email.Length - 1)
        {
            return email[..1] + "***";
        }

        return $"{email[0]}***@{email[atSign + 1]}***";
    }

    public static string MaskPhone(string phone) =>
        phone.Length <= 4 ? "+***" : "+" + new string('*', Math.Max(phone.Length - 5, 1)) + phone[^4..];
}
