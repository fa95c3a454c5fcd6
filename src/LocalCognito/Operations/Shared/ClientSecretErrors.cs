using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>The errors of the client-secret operations. Cognito does not publish their wording; the messages are ours.</summary>
public static class ClientSecretErrors
{
    public static void ThrowUnlessDone(CognitoStore.SecretChange outcome, string clientId, string secretId)
    {
        switch (outcome)
        {
            case CognitoStore.SecretChange.Done:
                return;
            case CognitoStore.SecretChange.NoClient:
                throw Errors.ClientNotFound(clientId);
            case CognitoStore.SecretChange.PublicClient:
                throw Errors.InvalidParameter($"App client {clientId} has no client secret: secrets can be added only to a confidential app client (created with GenerateSecret).");
            case CognitoStore.SecretChange.TooMany:
                throw new CognitoException("LimitExceededException",
                    $"App client {clientId} already has {CognitoStore.MaxClientSecrets} client secrets, the most it can have; delete one before adding another.");
            case CognitoStore.SecretChange.NoSuchSecret:
                throw Errors.ResourceNotFound($"Client secret {secretId} does not exist for app client {clientId}.");
            case CognitoStore.SecretChange.LastSecret:
                throw Errors.InvalidParameter($"Client secret {secretId} is the last secret of app client {clientId} and cannot be deleted.");
            default:
                throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null);
        }
    }
}
