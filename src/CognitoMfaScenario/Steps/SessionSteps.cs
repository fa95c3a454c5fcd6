using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Cognito;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.State;
using CognitoMfaScenario.Tokens;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps;

/// <summary>The steps about a signed-in session: refresh the tokens on the remembered device, and sign out.</summary>
public sealed class SessionSteps(CognitoWrapper cognito, AccountState account, SessionState session, IAnsiConsole console, Questions questions,
    TokenRefresh refresh, TokenReport tokenReport)
{
    /// <summary>Refresh the tokens with the refresh token and the remembered device's key; show the new expiry.</summary>
    public async Task RefreshTokensAsync(CancellationToken cancellationToken)
    {
        if (!await questions.RunOptionalStepAsync("Refresh the tokens now?", cancellationToken).ConfigureAwait(false))
        {
            console.Info("Skipped: the tokens stay as they are.");
            return;
        }

        var refreshToken = session.RequireRefreshToken();
        var deviceKey = session.Device?.DeviceKey;
        console.Info(deviceKey is null
            ? "No remembered device: the refresh carries no DEVICE_KEY."
            : $"These tokens come from a sign-in on remembered device {deviceKey}, so the refresh names it (DEVICE_KEY); without it Cognito answers \"Invalid Refresh Token\".");

        var (tokens, call, note) = await refresh.RefreshAsync(account.Username, refreshToken, deviceKey, cancellationToken).ConfigureAwait(false);
        if (note is not null)
        {
            console.Info(note);
        }

        var rotated = tokens.RefreshToken != refreshToken;
        session.Refreshed(tokens);
        console.Success($"New access and ID tokens from {call}{(deviceKey is null ? "" : " with the device key")}, no password and no MFA code.");
        var (summary, expiry) = await tokenReport.CheckOfflineAsync(tokens.AccessToken, cancellationToken).ConfigureAwait(false);
        console.Field("New access token expires", expiry);
        console.Field("Signature", summary.Signature == SignatureStatus.Valid ? "valid (" + summary.SignatureDetail + ")" : summary.SignatureDetail);
        console.Info(rotated
            ? "The app client rotates refresh tokens: a new refresh token replaces the old one."
            : "The refresh token stays the same until it expires (the app client does not rotate refresh tokens).");
        tokenReport.WriteRaw("Access token", tokens.AccessToken);
    }

    /// <summary>GlobalSignOut, then show that Cognito refuses the old tokens while an offline JWT check still accepts them.</summary>
    public async Task SignOutEverywhereAsync(CancellationToken cancellationToken)
    {
        if (!await questions.RunOptionalStepAsync("Sign out everywhere (GlobalSignOut) now?", cancellationToken).ConfigureAwait(false))
        {
            console.Info("Skipped: the user stays signed in.");
            return;
        }

        var accessToken = session.RequireAccessToken();
        var refreshToken = session.RequireRefreshToken();
        var user = await cognito.GetUserAsync(accessToken, cancellationToken).ConfigureAwait(false);
        console.Success($"Before: GetUser with the access token answers for {user.Username}.");

        await cognito.GlobalSignOutAsync(accessToken, cancellationToken).ConfigureAwait(false);
        session.Revoked();
        console.Success("GlobalSignOut: Cognito revoked the user's refresh tokens, on every device, and the access tokens issued with them.");

        try
        {
            await cognito.GetUserAsync(accessToken, cancellationToken).ConfigureAwait(false);
            throw new ScenarioException("Cognito still accepted the access token after GlobalSignOut. The endpoint does not revoke tokens as Amazon Cognito does.");
        }
        catch (NotAuthorizedException exception) when (exception.Is(NotAuthorizedCause.AccessTokenRevoked))
        {
            console.Success($"After: GetUser with the same access token is refused (\"{exception.Message}\").");
        }

        try
        {
            await refresh.RefreshAsync(account.Username, refreshToken, session.Device?.DeviceKey, cancellationToken).ConfigureAwait(false);
            throw new ScenarioException("Cognito still refreshed the tokens after GlobalSignOut. The endpoint does not revoke refresh tokens as Amazon Cognito does.");
        }
        catch (NotAuthorizedException exception) when (exception.Is(NotAuthorizedCause.RefreshTokenRevoked) || exception.Is(NotAuthorizedCause.RefreshTokenInvalid))
        {
            console.Success($"The refresh token is refused too (\"{exception.Message}\").");
        }

        var (summary, expiry) = await tokenReport.CheckOfflineAsync(accessToken, cancellationToken).ConfigureAwait(false);
        if (summary.Signature == SignatureStatus.Valid)
        {
            console.Warning($"Yet the same access token still passes an offline check: its signature verifies against the pool's JWKS and it expires {expiry}.");
        }
        else
        {
            console.Info($"Offline check of the same access token: {summary.SignatureDetail}.");
        }

        console.Info("The lesson: an API that only verifies JWTs itself does not see revocation. Keep access tokens short-lived, or ask Cognito (GetUser) where revocation must count.");
    }
}
