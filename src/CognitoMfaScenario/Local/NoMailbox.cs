namespace CognitoMfaScenario.Local;

/// <summary>Against Amazon Cognito the code goes to a real mailbox, which the app cannot read.</summary>
public sealed class NoMailbox : IConfirmationMailbox
{
    /// <inheritdoc />
    public Task<LocalEmail?> LatestForAsync(string poolId, string username, CancellationToken cancellationToken) =>
        Task.FromResult<LocalEmail?>(null);
}
