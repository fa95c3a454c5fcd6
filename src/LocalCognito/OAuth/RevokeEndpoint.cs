using LocalCognito.Auth;
using LocalCognito.Store;

namespace LocalCognito.OAuth;

/// <summary>
/// POST {domain}/oauth2/revoke (form: token, client_id; client secret by Basic or form): revokes a refresh token and
/// the access tokens issued with it. An unknown token is accepted silently (RFC 7009); 200 with an empty body.
/// </summary>
public sealed class RevokeEndpoint(CognitoStore store, TokenService tokens)
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
            var token = ClientAuthentication.Single(form, "token");
            if (string.IsNullOrEmpty(token))
            {
                throw OAuthError.InvalidRequest();
            }

            var client = ClientAuthentication.Authenticate(context.Request, form, store, pool);
            if (!client.TokenRevocationEnabled)
            {
                throw OAuthError.InvalidRequest();
            }

            // Access and id tokens are JWTs; only refresh tokens can be revoked.
            if (token.Count(character => character == '.') == 2)
            {
                throw new OAuthError("unsupported_token_type");
            }

            var grant = tokens.GrantOf(token);
            if (grant is not null)
            {
                if (grant.ClientId != client.ClientId)
                {
                    throw OAuthError.UnauthorizedClient();
                }

                store.RevokeGrant(grant.TokenHash);
            }

            return Results.Ok();
        }
        catch (OAuthError error)
        {
            return error.ToResult();
        }
    }
}
