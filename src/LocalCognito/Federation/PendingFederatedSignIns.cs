using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace LocalCognito.Federation;

/// <summary>
/// Sign-ins sent to an external provider and not yet back: the state LocalCognito gives the provider is a random key
/// to the original authorize request, kept here (server-side) with the nonce and PKCE verifier, usable once within
/// ten minutes.
/// </summary>
public sealed class PendingFederatedSignIns(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, PendingFederatedSignIn> _pending = new(StringComparer.Ordinal);

    public string Add(PendingFederatedSignIn signIn)
    {
        foreach (var (key, old) in _pending)
        {
            if (old.ExpiresAt <= time.GetUtcNow())
            {
                _pending.TryRemove(key, out _);
            }
        }

        var state = RandomToken();
        _pending[state] = signIn with { ExpiresAt = time.GetUtcNow() + Lifetime };
        return state;
    }

    /// <summary>The sign-in the state stands for, removed so it cannot be used twice; null when unknown or expired.</summary>
    public PendingFederatedSignIn? Take(string state) =>
        _pending.TryRemove(state, out var signIn) && signIn.ExpiresAt > time.GetUtcNow() ? signIn : null;

    public static string RandomToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>An authorize request waiting for the external provider's answer.</summary>
/// <param name="Domain">The domain the authorize request arrived on.</param>
/// <param name="ProviderName">The pool's provider the user was sent to.</param>
/// <param name="AuthorizeQuery">The original authorize request, as a query string.</param>
/// <param name="Nonce">The nonce sent to the provider, expected back in its id token.</param>
/// <param name="CodeVerifier">The PKCE verifier for the provider's token endpoint.</param>
/// <param name="RedirectUri">The idpresponse URL the provider was told to return to.</param>
public sealed record PendingFederatedSignIn(
    string Domain, string ProviderName, string AuthorizeQuery, string Nonce, string CodeVerifier, string RedirectUri,
    DateTimeOffset ExpiresAt = default);
