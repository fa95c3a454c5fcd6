using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;
using LocalCognito.Triggers;

namespace LocalCognito.OAuth;

/// <summary>
/// POST {domain}/oauth2/token: authorization_code (with PKCE), refresh_token and client_credentials, answered with
/// Cognito's JSON ({"access_token", "id_token", "refresh_token", "expires_in", "token_type"}) or its errors.
/// </summary>
public sealed class TokenEndpoint(CognitoStore store, TokenGrants grants)
{
    public async Task<IResult> HandleAsync(HttpContext context, string domain)
    {
        if (DomainLookup.PoolOf(store, domain) is not { } pool)
        {
            return Results.NotFound();
        }

        try
        {
            if (!context.Request.HasFormContentType)
            {
                throw OAuthError.InvalidRequest();
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var grantType = ClientAuthentication.Single(form, "grant_type");
            if (string.IsNullOrEmpty(grantType))
            {
                throw OAuthError.InvalidRequest();
            }

            if (grantType is not ("authorization_code" or "refresh_token" or "client_credentials"))
            {
                throw OAuthError.UnsupportedGrantType();
            }

            var client = ClientAuthentication.Authenticate(context.Request, form, store, pool);
            var tokens = grantType switch
            {
                "authorization_code" => grants.AuthorizationCode(pool, client, form),
                "refresh_token" => grants.RefreshToken(pool, client, form),
                _ => grants.ClientCredentials(pool, client, form),
            };
            context.Response.Headers.CacheControl = "no-store";
            return Results.Text(Wire(tokens).ToJsonString(), "application/json;charset=UTF-8");
        }
        catch (OAuthError error)
        {
            return error.ToResult();
        }
        catch (CognitoException error) when (TriggerErrors.IsTriggerError(error))
        {
            // A pre token generation function failed: no tokens, answered as a refused request.
            return OAuthError.InvalidRequest().ToResult();
        }
    }

    /// <summary>The API's AuthenticationResult members under the OAuth names, in the order Cognito writes them.</summary>
    private static JsonObject Wire(JsonObject tokens)
    {
        var wire = new JsonObject();
        foreach (var (from, to) in new[] { ("IdToken", "id_token"), ("AccessToken", "access_token"), ("RefreshToken", "refresh_token") })
        {
            if (tokens[from] is { } value)
            {
                wire[to] = value.DeepClone();
            }
        }

        wire["expires_in"] = tokens["ExpiresIn"]!.DeepClone();
        wire["token_type"] = "Bearer";
        return wire;
    }
}
