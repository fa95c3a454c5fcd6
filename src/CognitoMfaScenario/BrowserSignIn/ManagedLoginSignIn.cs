using System.Security.Cryptography;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CognitoMfaScenario.BrowserSignIn;

/// <summary>A browser sign-in under way: the endpoints, the request's secrets, and the listener waiting for the redirect.</summary>
public sealed class PendingBrowserSignIn(ManagedLoginEndpoints endpoints, AuthorizationAttempt attempt, LoopbackRedirectListener listener) : IDisposable
{
    public ManagedLoginEndpoints Endpoints { get; } = endpoints;

    public AuthorizationAttempt Attempt { get; } = attempt;

    internal LoopbackRedirectListener Listener { get; } = listener;

    public void Dispose() => Listener.Dispose();
}

/// <summary>
/// The authorization code flow with PKCE, as a native app runs it against the pool's domain: find the endpoints,
/// listen on the loopback redirect URI, then redeem the code that comes back and check the ID token's nonce. Whoever
/// drives the browser (a person, or <see cref="ManagedLoginFormWalker"/>) is the caller's business; no console here.
/// </summary>
public sealed class ManagedLoginSignIn(ManagedLoginDiscovery discovery, TokenEndpointClient tokenEndpoint, ScenarioTarget target, RandomNumberGenerator random,
    TimeProvider timeProvider)
{
    /// <summary>Where the browser is sent back to: the configured or deployed callback URL, else the default pool's.</summary>
    public Uri RedirectUri => target.CallbackUrl ?? new Uri(ScenarioTarget.DefaultCallbackUrl);

    /// <summary>How long to wait for the redirect URI's port when another program holds it (another run of the scenario signing in).</summary>
    public static readonly TimeSpan PortWait = TimeSpan.FromSeconds(30);

    /// <returns>The sign-in under way, or why it cannot start (no sign-in page found).</returns>
    /// <exception cref="ScenarioException">The redirect URI's port stays taken.</exception>
    public async Task<(PendingBrowserSignIn? Pending, string? WhyNot)> StartAsync(CancellationToken cancellationToken)
    {
        var lookup = await discovery.FindAsync(cancellationToken).ConfigureAwait(false);
        if (lookup.Endpoints is not { } endpoints)
        {
            return (null, lookup.WhyNone);
        }

        var attempt = AuthorizationAttempt.Create(endpoints.Authorize, target.ClientId, RedirectUri, random);
        var listener = await LoopbackRedirectListener.StartAsync(RedirectUri, PortWait, timeProvider, cancellationToken).ConfigureAwait(false);
        return (new PendingBrowserSignIn(endpoints, attempt, listener), null);
    }

    /// <summary>Waits for the redirect, then redeems its code at the token endpoint.</summary>
    /// <exception cref="ScenarioException">No redirect in time, an error instead of a code, a refused code, or a wrong nonce.</exception>
    public async Task<AuthenticationResultType> FinishAsync(PendingBrowserSignIn pending, TimeSpan timeout, CancellationToken cancellationToken)
    {
        AuthorizationResponse response;
        using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            waiting.CancelAfter(timeout);
            try
            {
                response = await pending.Listener.WaitAsync(pending.Attempt.State, waiting.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ScenarioException(
                    $"No sign-in came back to {pending.Attempt.RedirectUri} within {timeout.TotalMinutes:0.#} minutes. Run the step again and finish the sign-in in the browser.");
            }
        }

        if (response.Code is not { } code)
        {
            throw new ScenarioException($"The sign-in page sent the browser back with an error instead of a code: {response.DescribeError()}.");
        }

        var tokens = await tokenEndpoint.RedeemCodeAsync(pending.Endpoints.Token, target.ClientId, target.ClientSecret, code,
            pending.Attempt.RedirectUri, pending.Attempt.Pkce.Verifier, cancellationToken).ConfigureAwait(false);
        CheckNonce(tokens.IdToken, pending.Attempt.Nonce);
        return tokens;
    }

    /// <summary>The ID token must carry the nonce of this request: one replayed from another sign-in would not.</summary>
    private static void CheckNonce(string? idToken, string nonce)
    {
        if (idToken is null)
        {
            throw new ScenarioException("The token endpoint returned no ID token although the request asked for the openid scope.");
        }

        string? carried;
        try
        {
            carried = new JsonWebToken(idToken).TryGetPayloadValue<string>("nonce", out var value) ? value : null;
        }
        catch (ArgumentException)
        {
            throw new ScenarioException("The token endpoint returned an ID token that is not a JWT.");
        }

        if (!string.Equals(carried, nonce, StringComparison.Ordinal))
        {
            throw new ScenarioException("The ID token does not carry the nonce this sign-in sent: do not trust it (it may come from another sign-in).");
        }
    }
}
