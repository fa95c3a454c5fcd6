using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Cognito;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.State;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps;

/// <summary>The last step: delete the user (unless kept) and say how to remove what is left.</summary>
public sealed class CleanUpStep(CognitoWrapper cognito, AccountState account, SessionState session, IAnsiConsole console, Questions questions,
    ScenarioTarget target)
{
    /// <summary>Delete the user (unless --keep-user) and say how to remove the pool.</summary>
    public async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        if (await questions.DeleteUserAsync(account.Username, cancellationToken).ConfigureAwait(false))
        {
            if (session.TokensRevoked)
            {
                // The sign-out revoked the user's own tokens, so only an administrator can delete it now.
                await cognito.AdminDeleteUserAsync(account.Username, cancellationToken).ConfigureAwait(false);
                account.MarkDeleted();
                console.Success($"Deleted user {account.Username} as administrator (AdminDeleteUser: its own tokens were revoked by the sign-out).");
            }
            else
            {
                var accessToken = session.RequireAccessToken();
                await cognito.DeleteUserAsync(accessToken, cancellationToken).ConfigureAwait(false);
                account.MarkDeleted();
                console.Success($"Deleted user {account.Username} (DeleteUser with its own access token).");
            }
        }
        else
        {
            console.Info($"Keeping user {account.Username}.");
        }

        console.Info(target.Kind switch
        {
            TargetKind.Aws => "To remove the user pool and app client from your AWS account: cd cdk && npx cdk destroy",
            TargetKind.EmbeddedLocal => "The embedded LocalCognito stops with this program; its in-memory pool goes with it.",
            _ => $"The pool at {target.Endpoint} is left as it is.",
        });
    }
}
