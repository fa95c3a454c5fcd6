using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LocalCognito.Operations;
using LocalCognito.Protocol;
using LocalCognito.Store;
using LocalCognito.Triggers;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LocalCognito.Auth;

/// <summary>
/// Issues Cognito-shaped RS256 access and id tokens plus an opaque refresh token, and validates access tokens
/// (signature, expiry, and revocation through the refresh grant named by origin_jti).
/// </summary>
public sealed partial class TokenService(CognitoStore store, SigningKeys keys, ServerInfo server, TimeProvider time,
    PreTokenGenerationTrigger preTokenGeneration)
{
    private const string ApiScope = "aws.cognito.signin.user.admin";
    private const int PruneEvery = 4096;
    private const int GrantsKeptPerUser = 100;
    private readonly JsonWebTokenHandler _handler = new();
    private int _signIns;

    /// <summary>A full sign-in: new refresh grant, access, id and refresh tokens.</summary>
    public JsonObject SignIn(UserPool pool, AppClient client, User user, string? deviceKey) =>
        SignIn(pool, client, user, deviceKey, time.GetUtcNow(), scopes: null, nonce: null, PreTokenGenerationTrigger.Authentication);

    /// <summary>
    /// A full sign-in authenticated at <paramref name="authTime"/>; with <paramref name="scopes"/> (the OAuth
    /// endpoints) the tokens carry those scopes instead of aws.cognito.signin.user.admin, and the id token the nonce.
    /// </summary>
    private JsonObject SignIn(UserPool pool, AppClient client, User user, string? deviceKey, DateTimeOffset authTime,
        IReadOnlyList<string>? scopes, string? nonce, string tokenSource)
    {
        var now = time.GetUtcNow();
        if (Interlocked.Increment(ref _signIns) % PruneEvery == 0)
        {
            store.PruneExpiredGrants(now);
        }

        var refreshToken = Ids.Opaque(96);
        var grant = new RefreshGrant
        {
            TokenHash = HashOf(refreshToken),
            OriginJti = Guid.NewGuid().ToString(),
            UserPoolId = pool.Id,
            ClientId = client.ClientId,
            UsernameKey = pool.UsernameKey(user.Username),
            DeviceKey = deviceKey,
            AuthTime = authTime,
            ExpiresAt = now + client.RefreshTokenValidity,
            Scopes = scopes?.ToList(),
        };
        store.AddGrant(grant, GrantsKeptPerUser);
        var result = Tokens(pool, client, user, grant, tokenSource, nonce);
        result["RefreshToken"] = refreshToken;
        return result;
    }

    /// <summary>REFRESH_TOKEN_AUTH: new access and id tokens for the grant (no new refresh token).</summary>
    public JsonObject Refresh(UserPool pool, AppClient client, User user, RefreshGrant grant) =>
        Tokens(pool, client, user, grant, PreTokenGenerationTrigger.RefreshTokens);

    /// <summary>
    /// Refresh-token rotation: a successor grant for the same sign-in (same auth time and expiry, new origin_jti)
    /// with a new refresh token. Null when the presented token's grace period after an earlier rotation has closed.
    /// </summary>
    public JsonObject? Rotate(UserPool pool, AppClient client, User user, RefreshGrant grant)
    {
        var refreshToken = Ids.Opaque(96);
        var successor = new RefreshGrant
        {
            TokenHash = HashOf(refreshToken),
            OriginJti = Guid.NewGuid().ToString(),
            UserPoolId = grant.UserPoolId,
            ClientId = grant.ClientId,
            UsernameKey = grant.UsernameKey,
            DeviceKey = grant.DeviceKey,
            AuthTime = grant.AuthTime,
            ExpiresAt = grant.ExpiresAt,
            Scopes = grant.Scopes,
        };
        if (!store.TryRotateGrant(grant.TokenHash, successor, time.GetUtcNow(), client.RefreshTokenRetryGracePeriod, GrantsKeptPerUser))
        {
            return null;
        }

        var result = Tokens(pool, client, user, successor, PreTokenGenerationTrigger.RefreshTokens);
        result["RefreshToken"] = refreshToken;
        return result;
    }

    /// <summary>The grant of a refresh token whatever its client or state (RevokeToken), or null.</summary>
    public RefreshGrant? GrantOf(string refreshToken) => store.FindGrantByTokenHash(HashOf(refreshToken));

    public RefreshGrant FindGrant(string refreshToken, AppClient client)
    {
        var grant = store.FindGrantByTokenHash(HashOf(refreshToken));
        if (grant is null || grant.ClientId != client.ClientId)
        {
            throw Errors.InvalidRefreshToken();
        }

        if (grant.Revoked)
        {
            throw Errors.RefreshTokenRevoked();
        }

        if (grant.ExpiresAt <= time.GetUtcNow())
        {
            throw Errors.NotAuthorized("Refresh Token has expired");
        }

        return grant;
    }

    /// <summary>Checks an access token and returns its pool, user and claims; throws NotAuthorizedException otherwise.</summary>
    /// <param name="accessToken">The token.</param>
    /// <param name="forUserApi">
    /// Whether the token calls a user API operation (GetUser, ...), which needs the aws.cognito.signin.user.admin scope;
    /// /oauth2/userInfo passes false (it checks openid itself).
    /// </param>
    public (UserPool Pool, User User, JsonWebToken Token) ValidateAccessToken(string accessToken, bool forUserApi = true)
    {
        var token = CompactJws.TryRead(accessToken) ?? throw Errors.InvalidAccessToken();

        if (!token.TryGetPayloadValue<string>("iss", out var issuer) || !token.TryGetPayloadValue<string>("token_use", out var use)
            || use != "access" || !token.TryGetPayloadValue<string>("username", out var username)
            || !token.TryGetPayloadValue<string>("origin_jti", out var originJti))
        {
            throw Errors.InvalidAccessToken();
        }

        var pool = store.FindPool(issuer[(issuer.LastIndexOf('/') + 1)..]);
        // The issuer's base is the URL the token was minted through (a proxy, another port, --public-url), which need
        // not be the one this call came through; only its pool id matters, and the pool's signature decides.
        if (pool is null)
        {
            throw Errors.InvalidAccessToken();
        }

        if (keys.ExistingKeyIdOf(pool) is not { } keyId || token.Kid != keyId || !SignatureValid(pool, token))
        {
            throw Errors.InvalidAccessToken();
        }

        if (token.ValidTo <= time.GetUtcNow().UtcDateTime)
        {
            throw Errors.AccessTokenExpired();
        }

        if (!store.GrantActive(originJti))
        {
            throw Errors.AccessTokenRevoked();
        }

        if (forUserApi && token.TryGetPayloadValue<string>("scope", out var scope) && !scope.Split(' ').Contains(ApiScope))
        {
            throw Errors.NotAuthorized("Access Token does not have required scopes");
        }

        var user = store.FindUser(pool, username) ?? throw Errors.AccessTokenRevoked();
        return (pool, user, token);
    }

    private JsonObject Tokens(UserPool pool, AppClient client, User user, RefreshGrant grant, string tokenSource, string? nonce = null)
    {
        var now = time.GetUtcNow();
        var issuer = server.IssuerFor(pool.Id);
        var eventId = Guid.NewGuid().ToString();
        var authTime = grant.AuthTime.ToUnixTimeSeconds();
        var iat = now.ToUnixTimeSeconds();

        var groups = GroupClaims.Ordered(store, user);
        var accessClaims = new JsonObject { ["sub"] = user.Sub };
        GroupClaims.AddGroups(accessClaims, groups);
        if (grant.DeviceKey is not null)
        {
            accessClaims["device_key"] = grant.DeviceKey;
        }

        accessClaims["iss"] = issuer;
        if (grant.Scopes is not null)
        {
            accessClaims["version"] = 2;
        }

        accessClaims["client_id"] = client.ClientId;
        accessClaims["origin_jti"] = grant.OriginJti;
        accessClaims["event_id"] = eventId;
        accessClaims["token_use"] = "access";
        accessClaims["scope"] = grant.Scopes is null ? ApiScope : string.Join(' ', grant.Scopes);
        accessClaims["auth_time"] = authTime;
        accessClaims["exp"] = (now + client.AccessTokenValidity).ToUnixTimeSeconds();
        accessClaims["iat"] = iat;
        accessClaims["jti"] = Guid.NewGuid().ToString();
        accessClaims["username"] = user.Username;

        // The OAuth endpoints give an id token only for the openid scope.
        var idClaims = grant.Scopes is not null && !grant.Scopes.Contains("openid") ? null : IdClaims(client, user, grant, issuer, nonce, groups);
        if (idClaims is not null)
        {
            idClaims["event_id"] = eventId;
            idClaims["auth_time"] = authTime;
            idClaims["exp"] = (now + client.IdTokenValidity).ToUnixTimeSeconds();
            idClaims["iat"] = iat;
            idClaims["jti"] = Guid.NewGuid().ToString();
        }

        preTokenGeneration.Apply(pool, client, user, tokenSource, new TokenClaims(accessClaims, idClaims, groups));

        var credentials = keys.CredentialsFor(pool);
        var accessToken = _handler.CreateToken(accessClaims.ToJsonString(), credentials);
        var result = new JsonObject
        {
            ["AccessToken"] = accessToken,
            ["ExpiresIn"] = (int)client.AccessTokenValidity.TotalSeconds,
            ["TokenType"] = "Bearer",
        };
        if (idClaims is null)
        {
            return result;
        }

        if (grant.Scopes is not null)
        {
            idClaims["at_hash"] = AccessTokenHash(accessToken);
        }

        result["IdToken"] = _handler.CreateToken(idClaims.ToJsonString(), credentials);
        return result;
    }

    private static JsonObject IdClaims(AppClient client, User user, RefreshGrant grant, string issuer, string? nonce, IReadOnlyList<Group> groups)
    {
        var idClaims = new JsonObject { ["sub"] = user.Sub };
        GroupClaims.AddGroups(idClaims, groups);
        GroupClaims.AddRoles(idClaims, groups);
        foreach (var attribute in user.Attributes.Where(a => a.Name != "sub" && AttributePermissions.ClientMayRead(client, a.Name)))
        {
            idClaims[attribute.Name] = attribute.Name switch
            {
                "identities" => Federation.IdentitiesClaim.From(attribute.Value),
                _ when attribute.Name.EndsWith("_verified", StringComparison.Ordinal) => attribute.Value == "true",
                _ => attribute.Value,
            };
        }

        idClaims["iss"] = issuer;
        idClaims["cognito:username"] = user.Username;
        if (nonce is not null)
        {
            idClaims["nonce"] = nonce;
        }

        idClaims["origin_jti"] = grant.OriginJti;
        idClaims["aud"] = client.ClientId;
        idClaims["token_use"] = "id";
        return idClaims;
    }

    private bool SignatureValid(UserPool pool, JsonWebToken token)
    {
        if (token.Alg != SecurityAlgorithms.RsaSha256)
        {
            return false;
        }

        try
        {
            var signature = Base64UrlEncoder.DecodeBytes(token.EncodedSignature);
            var signed = Encoding.ASCII.GetBytes(token.EncodedHeader + "." + token.EncodedPayload);
            return keys.RsaFor(pool).VerifyData(signed, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string HashOf(string refreshToken) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
}
