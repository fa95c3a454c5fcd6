using System.Text.Json.Nodes;

namespace LocalCognito.Store;

/// <summary>The standard attributes every user pool has, as DescribeUserPool reports them (SchemaAttributeType).</summary>
public static class StandardAttributes
{
    public const string Sub = "sub", EmailVerified = "email_verified", PhoneNumberVerified = "phone_number_verified";

    /// <summary>In the order Cognito lists them.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "sub", "name", "given_name", "family_name", "middle_name", "nickname", "preferred_username", "profile", "picture",
        "website", "email", "email_verified", "gender", "birthdate", "zoneinfo", "locale", "phone_number",
        "phone_number_verified", "address", "updated_at", "identities",
    ];

    public static bool IsStandard(string name) => Names.Contains(name);

    /// <summary>A fresh definition of one standard attribute.</summary>
    public static JsonObject Definition(string name)
    {
        var definition = new JsonObject
        {
            ["Name"] = name,
            ["AttributeDataType"] = name switch
            {
                EmailVerified or PhoneNumberVerified => "Boolean",
                "updated_at" => "Number",
                _ => "String",
            },
            ["DeveloperOnlyAttribute"] = false,
            ["Mutable"] = name != Sub,
            ["Required"] = name == Sub,
        };
        switch (name)
        {
            case EmailVerified or PhoneNumberVerified:
                break;
            case "updated_at":
                definition["NumberAttributeConstraints"] = new JsonObject { ["MinValue"] = "0" };
                break;
            case "identities":
                definition["StringAttributeConstraints"] = new JsonObject();
                break;
            default:
                definition["StringAttributeConstraints"] = new JsonObject
                {
                    ["MinLength"] = name switch { Sub => "1", "birthdate" => "10", _ => "0" },
                    ["MaxLength"] = name == "birthdate" ? "10" : "2048",
                };
                break;
        }

        return definition;
    }
}
