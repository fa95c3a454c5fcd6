using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Managed login branding and UI customization as responses show them, and their shared checks.</summary>
public static class BrandingView
{
    public static JsonObject Describe(Branding branding)
    {
        var view = new JsonObject
        {
            ["ManagedLoginBrandingId"] = branding.Id,
            ["UserPoolId"] = branding.UserPoolId,
            ["UseCognitoProvidedValues"] = branding.UseCognitoProvidedValues,
            ["Assets"] = branding.Assets.DeepClone(),
            ["CreationDate"] = JsonRequest.Epoch(branding.CreationDate),
            ["LastModifiedDate"] = JsonRequest.Epoch(branding.LastModifiedDate),
        };
        if (branding.Settings is not null)
        {
            view["Settings"] = branding.Settings.DeepClone();
        }

        return view;
    }

    public static JsonObject Describe(UiCustomization? customization, string poolId, string clientId)
    {
        var view = new JsonObject { ["UserPoolId"] = poolId, ["ClientId"] = clientId };
        if (customization is null)
        {
            return view;
        }

        if (customization.Css is not null)
        {
            view["CSS"] = customization.Css;
            view["CSSVersion"] = customization.LastModifiedDate.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        view["CreationDate"] = JsonRequest.Epoch(customization.CreationDate);
        view["LastModifiedDate"] = JsonRequest.Epoch(customization.LastModifiedDate);
        return view;
    }

    /// <summary>UseCognitoProvidedValues replaces Settings and Assets; Cognito refuses both together.</summary>
    public static void CheckValues(JsonObject request)
    {
        if (request.Bool("UseCognitoProvidedValues") == true && (request["Settings"] is not null || request["Assets"] is JsonArray { Count: > 0 }))
        {
            throw Errors.InvalidParameter("UseCognitoProvidedValues cannot be true when Settings or Assets are given.");
        }
    }

    public static CognitoException NotFound() => Errors.ResourceNotFound("Managed login branding does not exist.");
}
