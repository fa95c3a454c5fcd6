using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using CognitoMfaScenario.Errors;

namespace CognitoMfaScenario.Cognito;

/// <summary>
/// Refreshes tokens the way the app client allows: REFRESH_TOKEN_AUTH, or GetTokensFromRefreshToken where the client
/// rotates refresh tokens (Cognito documents the two as exclusive). Both carry the remembered device's key.
/// </summary>
public sealed class TokenRefresh(CognitoWrapper cognito)
{
    private bool? _clientRotates;

    /// <param name="username">The user (for SECRET_HASH).</param>
    /// <param name="refreshToken">The refresh token to use.</param>
    /// <param name="deviceKey">The remembered device the tokens were issued on, or null.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The new tokens (with the old refresh token where none was issued), the call that made them, and a note when the choice of call was a guess.</returns>
    public async Task<RefreshedTokens> RefreshAsync(string username, string refreshToken, string? deviceKey,
        CancellationToken cancellationToken)
    {
        AuthenticationResultType? fresh;
        string call;
        var (rotates, note) = await ClientRotatesAsync(cancellationToken).ConfigureAwait(false);
        if (rotates)
        {
            call = "GetTokensFromRefreshToken";
            fresh = (await cognito.GetTokensFromRefreshTokenAsync(refreshToken, deviceKey, cancellationToken).ConfigureAwait(false)).AuthenticationResult;
        }
        else
        {
            call = "REFRESH_TOKEN_AUTH";
            fresh = (await cognito.RefreshTokensAsync(username, refreshToken, deviceKey, cancellationToken).ConfigureAwait(false)).AuthenticationResult;
        }

        if (fresh?.AccessToken is null)
        {
            throw new ScenarioException($"{call} answered without tokens.");
        }

        fresh.RefreshToken ??= refreshToken;
        return new RefreshedTokens(fresh, call, note);
    }

    /// <returns>Whether the client rotates refresh tokens, and a note the first time that had to be assumed.</returns>
    private async Task<(bool Rotates, string? Note)> ClientRotatesAsync(CancellationToken cancellationToken)
    {
        if (_clientRotates is { } known)
        {
            return (known, null);
        }

        try
        {
            var description = await cognito.DescribeUserPoolClientAsync(cancellationToken).ConfigureAwait(false);
            _clientRotates = description.UserPoolClient?.RefreshTokenRotation?.Feature == FeatureType.ENABLED;
        }
        catch (AmazonServiceException exception) when (exception.ErrorCode is "AccessDeniedException" or "AccessDenied")
        {
            _clientRotates = false;
            return (false, "(Could not describe the app client, so assuming it does not rotate refresh tokens: REFRESH_TOKEN_AUTH.)");
        }

        return (_clientRotates.Value, null);
    }
}

/// <summary>Tokens from a refresh.</summary>
/// <param name="Tokens">The new tokens, with the old refresh token where none was issued.</param>
/// <param name="Call">REFRESH_TOKEN_AUTH or GetTokensFromRefreshToken.</param>
/// <param name="Note">Set when the call was chosen without knowing the app client's settings: worth telling the person.</param>
public sealed record RefreshedTokens(AuthenticationResultType Tokens, string Call, string? Note);
