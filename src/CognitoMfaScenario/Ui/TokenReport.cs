using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Tokens;
using Spectre.Console;

namespace CognitoMfaScenario.Ui;

/// <summary>Shows tokens: a summary with the signature checked against the pool's JWKS, then the raw tokens (truncated unless --show-tokens).</summary>
public sealed class TokenReport(TokenInspector tokenInspector, ScenarioTarget target, ScenarioOptions options, TimeProvider timeProvider, IAnsiConsole console)
{
    /// <exception cref="ScenarioException">A signature does not match the pool's keys.</exception>
    public async Task ShowAsync(AuthenticationResultType tokens, CancellationToken cancellationToken)
    {
        var summaries = await tokenInspector.InspectAsync(target, [tokens.AccessToken, tokens.IdToken], cancellationToken).ConfigureAwait(false);
        TokenSummaryView.Write(console, summaries, timeProvider.GetUtcNow());
        console.Info($"Signatures checked with Microsoft.IdentityModel against the pool's keys at {target.JwksUri}");
        WriteRaw("Access token", tokens.AccessToken);
        WriteRaw("ID token", tokens.IdToken);
        WriteRaw("Refresh token", tokens.RefreshToken);
        if (!options.ShowTokens)
        {
            console.Info("(Tokens are truncated; --show-tokens prints them in full.)");
        }

        if (summaries.Any(summary => summary.Signature == SignatureStatus.Invalid))
        {
            throw new ScenarioException("A token's signature does not match the pool's published keys (JWKS). Do not trust these tokens; check the endpoint and pool id.");
        }
    }

    /// <summary>Checks one token the way an API does offline: its signature against the pool's JWKS, its expiry against the clock.</summary>
    /// <returns>The token's summary and its expiry in words.</returns>
    public async Task<(TokenSummary Summary, string Expiry)> CheckOfflineAsync(string token, CancellationToken cancellationToken)
    {
        var summary = (await tokenInspector.InspectAsync(target, [token], cancellationToken).ConfigureAwait(false)).Single();
        return (summary, TokenSummaryView.Expiry(summary.ExpiresAt, timeProvider.GetUtcNow()) ?? "no expiry");
    }

    /// <summary>One raw token, truncated unless --show-tokens.</summary>
    public void WriteRaw(string label, string? token) => TokenSummaryView.WriteRawToken(console, label, token, options.ShowTokens);
}
