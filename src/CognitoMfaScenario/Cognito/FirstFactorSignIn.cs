using CognitoMfaScenario.Configuration;

namespace CognitoMfaScenario.Cognito;

/// <summary>
/// The password part of every sign-in after MFA set-up, as --auth chooses: SRP (USER_SRP_AUTH, the default, as
/// apps sign in) or USER_PASSWORD_AUTH for app clients that do not allow SRP.
/// </summary>
public sealed class FirstFactorSignIn(CognitoWrapper cognito, PasswordSrpSignIn srpSignIn, ScenarioOptions options)
{
    /// <summary>Whether the password is proved by SRP rather than sent.</summary>
    public bool UsesSrp => options.Auth == SignInMethod.Srp;

    /// <param name="username">The user name.</param>
    /// <param name="password">The password (proved or sent, as --auth says).</param>
    /// <param name="deviceKey">A remembered device's key, or null.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The next challenge (an MFA challenge, DEVICE_SRP_AUTH, …) or tokens, and the name Cognito wants back.</returns>
    public async Task<SignInOutcome> SignInAsync(string username, string password, string? deviceKey, CancellationToken cancellationToken) =>
        UsesSrp
            ? await srpSignIn.SignInAsync(username, password, deviceKey, cancellationToken).ConfigureAwait(false)
            : SignInOutcome.From(await cognito.InitiatePasswordAuthAsync(username, password, deviceKey, cancellationToken).ConfigureAwait(false)) with { Username = username };
}
