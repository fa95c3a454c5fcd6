using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Local;

/// <summary>The user's "email" on a local pool: LocalCognito's outbox, shown and read. Does nothing against AWS.</summary>
public sealed class LocalInbox(IConfirmationMailbox mailbox, ScenarioTarget target, IAnsiConsole console)
{
    /// <summary>Whether the endpoint has an outbox (LocalCognito, embedded or standalone).</summary>
    public bool IsAvailable => target.HasOutbox;

    /// <summary>Shows the newest message sent to the user in an email box, when there is an outbox.</summary>
    public async Task ShowNewestAsync(string username, CancellationToken cancellationToken)
    {
        if (await NewestAsync(username, cancellationToken).ConfigureAwait(false) is { } email)
        {
            EmailBox.Write(console, email);
        }
    }

    /// <summary>The code in the newest message sent to the user, or null (no outbox, no message).</summary>
    public async Task<string?> NewestCodeAsync(string username, CancellationToken cancellationToken) =>
        (await NewestAsync(username, cancellationToken).ConfigureAwait(false))?.Code;

    private async Task<LocalEmail?> NewestAsync(string username, CancellationToken cancellationToken) =>
        target.HasOutbox
            ? await mailbox.LatestForAsync(target.PoolId, username, cancellationToken).ConfigureAwait(false)
            : null;
}
