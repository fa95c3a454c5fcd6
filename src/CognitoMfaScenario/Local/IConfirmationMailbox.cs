namespace CognitoMfaScenario.Local;

/// <summary>Where confirmation codes can be read without a real mailbox.</summary>
public interface IConfirmationMailbox
{
    /// <summary>The newest message sent to the user, or null when there is none.</summary>
    Task<LocalEmail?> LatestForAsync(string poolId, string username, CancellationToken cancellationToken);
}
