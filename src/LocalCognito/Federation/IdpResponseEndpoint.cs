using System.Text.Json.Nodes;
using LocalCognito.OAuth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Federation;

/// <summary>
/// GET {domain}/oauth2/idpresponse: where an external OIDC provider sends the user back. Exchanges the code at the
/// provider's token endpoint, checks its id token, reads its userinfo, signs the linked or federated user in and
/// completes the app's original authorize request (a code or tokens at the app's callback).
/// </summary>
public sealed class IdpResponseEndpoint(
    CognitoStore store, PendingFederatedSignIns pending, OidcProviderHttp http, IdpTokenValidator validator,
    FederatedUsers users, AuthorizeRequestValidator authorizeValidator, AuthorizationResponder responder, TimeProvider time,
    ILogger<IdpResponseEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context, string domain)
    {
        var query = context.Request.Query;
        var signIn = query["state"].FirstOrDefault() is { Length: > 0 } state ? pending.Take(state) : null;
        if (signIn is null || signIn.Domain != domain)
        {
            return ErrorPage.Show("invalid_request", "The sign-in through the identity provider is unknown or has expired. Start again from the app.");
        }

        var validation = authorizeValidator.Validate(domain, signIn.AuthorizeQuery);
        if (!validation.IsValid)
        {
            return ErrorPage.Show(validation.Error.Error, validation.Error.Description);
        }

        if (query["error"].FirstOrDefault() is { } error)
        {
            return BackToApp(validation.Request, "access_denied", $"The identity provider answered {error}.");
        }

        try
        {
            var provider = store.FindDocument(CognitoStore.IdentityProviderSection, validation.Pool.Id, signIn.ProviderName)
                ?? throw new OidcProviderException($"The identity provider {signIn.ProviderName} no longer exists.");
            var claims = await ClaimsAsync((JsonObject)provider["ProviderDetails"]!, signIn, query["code"].FirstOrDefault() ?? "");
            var user = users.SignIn(validation.Pool, provider, claims);
            return Results.Redirect(responder.Complete(validation.Request, validation.Pool, validation.Client, user, time.GetUtcNow()).ToString());
        }
        catch (OidcProviderException exception)
        {
            logger.LogWarning("Federated sign-in through {Provider} failed: {Reason}", signIn.ProviderName, exception.Message);
            return BackToApp(validation.Request, "invalid_request", exception.Message);
        }
        catch (CognitoException exception)
        {
            return BackToApp(validation.Request, "invalid_request", exception.Message);
        }
    }

    private async Task<JsonObject> ClaimsAsync(JsonObject details, PendingFederatedSignIn signIn, string code)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = signIn.RedirectUri,
            ["client_id"] = details["client_id"]!.ToString(),
            ["code_verifier"] = signIn.CodeVerifier,
        };
        if (details["client_secret"]?.ToString() is { Length: > 0 } secret)
        {
            form["client_secret"] = secret;
        }

        var tokens = await http.ExchangeCodeAsync(details["token_url"]!.ToString(), form);
        var idToken = tokens["id_token"]?.ToString() ?? throw new OidcProviderException("The identity provider returned no id token.");
        var claims = await validator.ValidateAsync(details, idToken, signIn.Nonce);
        if (tokens["access_token"]?.ToString() is { Length: > 0 } accessToken)
        {
            // Userinfo adds what the id token lacks; the id token's own claims win (they are signed).
            var userInfo = await http.UserInfoAsync(details["attributes_url"]!.ToString(), accessToken,
                details["attributes_request_method"]?.ToString() == "POST");
            foreach (var (name, value) in userInfo)
            {
                claims[name] ??= value?.DeepClone();
            }
        }

        return claims;
    }

    private static IResult BackToApp(AuthorizeRequest request, string error, string description)
    {
        var parameters = new Dictionary<string, string?> { ["error"] = error, ["error_description"] = description };
        if (request.State is not null)
        {
            parameters["state"] = request.State;
        }

        return Results.Redirect(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(request.RedirectUri, parameters));
    }
}
