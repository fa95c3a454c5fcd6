using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Operations;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.OAuth;

/// <summary>
/// GET or POST {domain}/oauth2/userInfo with "Authorization: Bearer {access token}" carrying the openid scope: the
/// user's attributes the client may read, plus username, as Cognito answers them (every value a string).
/// </summary>
public sealed class UserInfoEndpoint(CognitoStore store, TokenService tokens)
{
    private const string ExpiredOrRevoked = "Access token is expired, disabled, or deleted, or the user has globally signed out.";

    public IResult Handle(HttpContext context, string domain)
    {
        if (DomainLookup.PoolOf(store, domain) is not { } pool)
        {
            return Results.NotFound();
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return Refuse(context, StatusCodes.Status400BadRequest, "invalid_request", "Access token is missing.", "Bearer");
        }

        User user;
        string scope;
        string clientId;
        try
        {
            var (tokenPool, tokenUser, token) = tokens.ValidateAccessToken(header[7..].Trim(), forUserApi: false);
            if (tokenPool.Id != pool.Id)
            {
                throw Errors.InvalidAccessToken();
            }

            user = tokenUser;
            scope = token.TryGetPayloadValue<string>("scope", out var scopes) ? scopes : "";
            clientId = token.TryGetPayloadValue<string>("client_id", out var id) ? id : "";
        }
        catch (CognitoException)
        {
            return Refuse(context, StatusCodes.Status401Unauthorized, "invalid_token", ExpiredOrRevoked, null);
        }

        if (!scope.Split(' ').Contains("openid"))
        {
            return Refuse(context, StatusCodes.Status403Forbidden, "insufficient_scope", "The access token does not have the openid scope.", null);
        }

        var client = store.FindClient(clientId);
        var claims = new JsonObject { ["sub"] = user.Sub };
        foreach (var attribute in user.Attributes.Where(a => a.Name != "sub" && (client is null || AttributePermissions.ClientMayRead(client, a.Name))))
        {
            claims[attribute.Name] = attribute.Value;
        }

        claims["username"] = user.Username;
        return Results.Text(claims.ToJsonString(), "application/json;charset=UTF-8");
    }

    private static IResult Refuse(HttpContext context, int status, string error, string description, string? challenge)
    {
        context.Response.Headers.WWWAuthenticate = challenge ?? $"Bearer error=\"{error}\", error_description=\"{description}\"";
        var body = new JsonObject { ["error"] = error, ["error_description"] = description };
        return Results.Text(body.ToJsonString(), "application/json;charset=UTF-8", statusCode: status);
    }
}
