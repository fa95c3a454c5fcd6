using System.Text.Json.Nodes;

namespace LocalCognito.Operations;

/// <summary>One Cognito API operation. The request arrives validated against the service model.</summary>
public interface ICognitoOperation
{
    /// <summary>The operation name, as in X-Amz-Target "AWSCognitoIdentityProviderService.&lt;Name&gt;".</summary>
    string Name { get; }

    JsonObject Execute(JsonObject request);
}
