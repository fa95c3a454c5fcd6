using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>How users and their MFA settings appear in responses.</summary>
public static class UserView
{
    public static JsonArray Attributes(User user, IReadOnlyCollection<string>? only = null) =>
        new(user.Attributes
            .Where(a => only is null || only.Count == 0 || only.Contains(a.Name))
            .Select(a => (JsonNode)new JsonObject { ["Name"] = a.Name, ["Value"] = a.Value })
            .ToArray());

    /// <summary>The UserType of ListUsers.</summary>
    public static JsonObject Summary(User user, IReadOnlyCollection<string>? attributesToGet = null) => new()
    {
        ["Username"] = user.Username,
        ["Attributes"] = Attributes(user, attributesToGet),
        ["UserCreateDate"] = JsonRequest.Epoch(user.CreateDate),
        ["UserLastModifiedDate"] = JsonRequest.Epoch(user.LastModifiedDate),
        ["Enabled"] = user.Enabled,
        ["UserStatus"] = user.Status,
    };

    /// <summary>Adds UserMFASettingList / PreferredMfaSetting (GetUser, AdminGetUser, GetUserAuthFactors), absent when the user has no MFA.</summary>
    public static void AddMfaSettings(JsonObject response, User user)
    {
        var factors = new JsonArray();
        if (user.HasSoftwareTokenMfa)
        {
            factors.Add("SOFTWARE_TOKEN_MFA");
        }

        if (user.HasEmailMfa)
        {
            factors.Add("EMAIL_OTP");
        }

        if (factors.Count == 0)
        {
            return;
        }

        response["UserMFASettingList"] = factors;
        // Enabled but not preferred: Cognito lists the method without naming a preferred one.
        if (user.TotpPreferred && user.HasSoftwareTokenMfa)
        {
            response["PreferredMfaSetting"] = "SOFTWARE_TOKEN_MFA";
        }
        else if (user.EmailMfaPreferred && user.HasEmailMfa)
        {
            response["PreferredMfaSetting"] = "EMAIL_OTP";
        }
    }
}
