using Amazon.CDK;
using Amazon.CDK.AWS.Cognito;
using CognitoMfa.Cdk.ExpectedPool;

namespace CognitoMfa.Cdk;

/// <summary>Turns the wire-format CreateUserPoolClient settings into CDK UserPoolClient options.</summary>
public static class UserPoolClientOptionsMapping
{
    private const string RefreshTokenFlow = "ALLOW_REFRESH_TOKEN_AUTH";

    public static UserPoolClientOptions ToClientOptions(UserPoolClientRequest client)
    {
        var units = client.TokenValidityUnits;
        var oauth = UserPoolClientOAuthMapping.ToOAuthSettings(client);
        return new UserPoolClientOptions
        {
            UserPoolClientName = client.ClientName,
            GenerateSecret = client.GenerateSecret,
            AuthFlows = ToAuthFlow(client.ExplicitAuthFlows),
            // CreateUserPoolClient without OAuth settings enables no OAuth flow; the CDK would otherwise
            // add implicit and code grants with an example.com callback.
            DisableOAuth = oauth is null,
            OAuth = oauth,
            SupportedIdentityProviders = UserPoolClientOAuthMapping.ToIdentityProviders(client),
            AuthSessionValidity = Duration.Minutes(client.AuthSessionValidity),
            AccessTokenValidity = ToDuration("UserPoolClient.TokenValidityUnits.AccessToken", client.AccessTokenValidity, units.AccessToken),
            IdTokenValidity = ToDuration("UserPoolClient.TokenValidityUnits.IdToken", client.IdTokenValidity, units.IdToken),
            RefreshTokenValidity = ToDuration("UserPoolClient.TokenValidityUnits.RefreshToken", client.RefreshTokenValidity, units.RefreshToken),
            PreventUserExistenceErrors = client.PreventUserExistenceErrors switch
            {
                "ENABLED" => true,
                "LEGACY" => false,
                var other => throw ExpectedPoolException.Unsupported("UserPoolClient.PreventUserExistenceErrors", other),
            },
        };
    }

    private static AuthFlow ToAuthFlow(IReadOnlyList<string> explicitAuthFlows)
    {
        // The CDK adds ALLOW_REFRESH_TOKEN_AUTH by itself whenever any flow is on, and cannot leave it out.
        if (!explicitAuthFlows.Contains(RefreshTokenFlow))
        {
            throw new ExpectedPoolException(
                $"{ExpectedPoolFile.ResourceName}: UserPoolClient.ExplicitAuthFlows must include {RefreshTokenFlow}; the CDK always enables it.");
        }

        var result = new AuthFlow { AdminUserPassword = false, UserPassword = false, UserSrp = false, Custom = false };
        foreach (var flow in explicitAuthFlows)
        {
            switch (flow)
            {
                case "ALLOW_ADMIN_USER_PASSWORD_AUTH": result.AdminUserPassword = true; break;
                case "ALLOW_USER_PASSWORD_AUTH": result.UserPassword = true; break;
                case "ALLOW_USER_SRP_AUTH": result.UserSrp = true; break;
                case "ALLOW_CUSTOM_AUTH": result.Custom = true; break;
                case RefreshTokenFlow: break;
                // AuthFlow has no member for it in 2.160.0: UserPoolClientEscapeHatches writes it onto the resource.
                case UserPoolClientEscapeHatches.UserAuthFlow: break;
                default: throw ExpectedPoolException.Unsupported("UserPoolClient.ExplicitAuthFlows", flow);
            }
        }
        return result;
    }

    private static Duration ToDuration(string setting, int amount, string unit) => unit switch
    {
        "seconds" => Duration.Seconds(amount),
        "minutes" => Duration.Minutes(amount),
        "hours" => Duration.Hours(amount),
        "days" => Duration.Days(amount),
        _ => throw ExpectedPoolException.Unsupported(setting, unit),
    };
}
