using LocalCognito.Auth;
using LocalCognito.Store;
using Microsoft.AspNetCore.WebUtilities;

namespace LocalCognito.OAuth;

/// <summary>
/// THE CONTRACT the managed login pages call when a user has signed in for an authorize request: it turns the
/// sign-in into the redirect back to the app. The pages validate the request first with
/// <see cref="AuthorizeRequestValidator"/> and pass the validated request, pool and client here.
/// </summary>
public sealed class AuthorizationResponder(AuthorizationCodes codes, TokenService tokens)
{
    /// <summary>
    /// The redirect to the app's callback for a completed sign-in. For response_type=code: redirect_uri?code=…&amp;state=…
    /// (a single-use code valid 5 minutes, bound to the client, redirect_uri and PKCE challenge). For
    /// response_type=token: redirect_uri#id_token=…&amp;access_token=…&amp;expires_in=…&amp;token_type=Bearer&amp;state=…
    /// (the implicit grant; no refresh token; the id token only with the openid scope).
    /// </summary>
    /// <param name="request">The validated request (<see cref="AuthorizeValidation.Request"/>, its scopes filled in).</param>
    /// <param name="pool">The domain's pool (<see cref="AuthorizeValidation.Pool"/>).</param>
    /// <param name="client">The app client (<see cref="AuthorizeValidation.Client"/>).</param>
    /// <param name="user">The user who signed in.</param>
    /// <param name="authTime">When the user authenticated (the tokens' auth_time; earlier than now for a remembered session).</param>
    public Uri Complete(AuthorizeRequest request, UserPool pool, AppClient client, User user, DateTimeOffset authTime)
    {
        if (client.ClientId != request.ClientId || client.UserPoolId != pool.Id || user.UserPoolId != pool.Id)
        {
            throw new ArgumentException("The request, pool, client and user do not belong together.", nameof(request));
        }

        if (request.ResponseType == "code")
        {
            var code = codes.Issue(request, pool, user, authTime);
            var query = new Dictionary<string, string?> { ["code"] = code };
            if (request.State is not null)
            {
                query["state"] = request.State;
            }

            return new Uri(QueryHelpers.AddQueryString(request.RedirectUri, query));
        }

        var issued = tokens.OAuthSignIn(pool, client, user, authTime, request.Scopes, request.Nonce);
        var fragment = new List<KeyValuePair<string, string?>>();
        if (issued["IdToken"] is { } idToken)
        {
            fragment.Add(new("id_token", idToken.GetValue<string>()));
        }

        fragment.Add(new("access_token", issued["AccessToken"]!.GetValue<string>()));
        fragment.Add(new("expires_in", issued["ExpiresIn"]!.ToJsonString()));
        fragment.Add(new("token_type", "Bearer"));
        if (request.State is not null)
        {
            fragment.Add(new("state", request.State));
        }

        return new Uri(request.RedirectUri + "#" + QueryString.Create(fragment).ToUriComponent()[1..]);
    }
}
