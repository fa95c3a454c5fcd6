using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.SignIn;

/// <summary>
/// Refreshes tokens the way the app client allows: REFRESH_TOKEN_AUTH, or GetTokensFromRefreshToken where the client
/// rotates refresh tokens (Cognito documents the two as exclusive). Both carry the remembered device's key.
/// </summary>
public sealed class TokenRefresh(CognitoWrapper cognito, IAnsiConsole console)
{
    private bool? _clientRotates;

    /// <param name="username">The user (for SECRET_HASH).</param>
    /// <param name="refreshToken">The refresh token to use.</param>
    /// <param name="deviceKey">The remembered device the tokens were issued on, or null.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The new tokens (with the old refresh token where none was issued) and the call that made them.</returns>
    public async Task<(AuthenticationResultType Tokens, string Call)> RefreshAsync(string username, string refreshToken, string? deviceKey,
        CancellationToken cancellationToken)
    {
        AuthenticationResultType? fresh;
        string call;
        if (await ClientRotatesAsync(cancellationToken).ConfigureAwait(false))
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
        return (fresh, call);
    }

    private async Task<bool> ClientRotatesAsync(CancellationToken cancellationToken)
    {
        if (_clientRotates is { } known)
        {
            return known;
        }

        try
        {
            var description = await cognito.DescribeUserPoolClientAsync(cancellationToken).ConfigureAwait(false);
            _clientRotates = description.UserPoolClient?.RefreshTokenRotation?.Feature == FeatureType.ENABLED;
        }
        catch (AmazonServiceException exception) when (exception.ErrorCode is "AccessDeniedException" or "AccessDenied")
        {
            console.Info("(Could not describe the app client, so assuming it does not rotate refresh tokens: REFRESH_TOKEN_AUTH.)");
            _clientRotates = false;
        }

        return _clientRotates.Value;
    }
}
