using System.Text.Json;
using Amazon.CognitoIdentityProvider;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.State;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps.Conversation;

/// <summary>
/// The administrator sign-in that starts MFA set-up, and what its answer means: MFA_SETUP for a new user, an MFA
/// challenge for a user with a factor already, anything else a pool this scenario cannot use.
/// </summary>
public sealed class FirstSignIn(AdminPasswordSignIn adminSignIn, MfaState mfa, IAnsiConsole console, ScenarioOptions options)
{
    /// <summary>Signs in and records what Cognito asks for in <see cref="MfaState"/>.</summary>
    /// <returns>The MFA_SETUP session, or null when the user has a factor already.</returns>
    /// <exception cref="ScenarioException">The pool does not require MFA by authenticator app or email.</exception>
    public async Task<string?> SignInAsync(CancellationToken cancellationToken)
    {
        var response = await adminSignIn.SignInAsync(cancellationToken).ConfigureAwait(false);
        if (response.ChallengeName == ChallengeNameType.MFA_SETUP)
        {
            var canSetUp = MfaTypesThatCanBeSetUp(response.ChallengeParameters?.GetValueOrDefault("MFAS_CAN_SETUP"));
            console.Success($"Password accepted. Cognito asks for MFA_SETUP; it can set up: {string.Join(", ", canSetUp)}.");
            if (!canSetUp.Contains("SOFTWARE_TOKEN_MFA") && !canSetUp.Contains("EMAIL_OTP"))
            {
                throw new ScenarioException("The pool does not offer authenticator apps (SOFTWARE_TOKEN_MFA) or email codes (EMAIL_OTP) for MFA. Enable software token MFA on the user pool (SetUserPoolMfaConfig with SoftwareTokenMfaConfiguration enabled, or mfaSecondFactor otp in cdk/) and run again.");
            }

            mfa.SetupOffered(response.Session, canSetUp);
            return response.Session;
        }

        if (response.ChallengeName == ChallengeNameType.SOFTWARE_TOKEN_MFA || response.ChallengeName == ChallengeNameType.EMAIL_OTP
            || response.ChallengeName == ChallengeNameType.SELECT_MFA_TYPE)
        {
            mfa.FoundEnrolled(response.ChallengeName == ChallengeNameType.EMAIL_OTP ? MfaFactor.Email
                : response.ChallengeName == ChallengeNameType.SOFTWARE_TOKEN_MFA ? MfaFactor.App
                : options.Mfa);
            console.Info($"Password accepted. This user has an MFA factor already ({response.ChallengeName.Value} challenge): steps "
                + $"{StepTable.NumberOf<EnrolmentSteps>(nameof(EnrolmentSteps.AssociateAuthenticatorAsync))} and "
                + $"{StepTable.NumberOf<EnrolmentSteps>(nameof(EnrolmentSteps.VerifyAuthenticatorAsync))} have nothing to do, step "
                + $"{StepTable.NumberOf<SignInSteps>(nameof(SignInSteps.SignInWithMfaAsync))} needs a code from it.");
            return null;
        }

        if (response.AuthenticationResult is not null)
        {
            throw new ScenarioException("Cognito signed the user in without MFA: the pool does not require it. Set the pool's MFA configuration to ON (required) with software tokens (cdk/ does this), then run again.");
        }

        throw new ScenarioException($"Cognito answered with the {response.ChallengeName?.Value} challenge, which this scenario does not handle. Use a pool with MFA required via authenticator apps or email (no SMS MFA).");
    }

    private static IReadOnlyList<string> MfaTypesThatCanBeSetUp(string? mfasCanSetUp)
    {
        if (string.IsNullOrWhiteSpace(mfasCanSetUp))
        {
            return [];
        }

        try
        {
            // The value is a JSON array serialised into a string: "[\"SOFTWARE_TOKEN_MFA\"]".
            return JsonSerializer.Deserialize<string[]>(mfasCanSetUp) ?? [];
        }
        catch (JsonException)
        {
            return [mfasCanSetUp];
        }
    }
}
