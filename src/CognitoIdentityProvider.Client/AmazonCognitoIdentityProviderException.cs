using System.Net;
using Amazon.Runtime;

namespace Amazon.CognitoIdentityProvider;

// Nullable-oblivious like the rest of the SDK surface (the generated model and AWSSDK.Core).
#nullable disable

/// <summary>Base class of every error the service returns; unknown error codes surface as this type.</summary>
public class AmazonCognitoIdentityProviderException : AmazonServiceException
{
    public AmazonCognitoIdentityProviderException(string message) : base(message) { }

    public AmazonCognitoIdentityProviderException(string message, Exception innerException) : base(message, innerException) { }

    public AmazonCognitoIdentityProviderException(Exception innerException) : base(innerException) { }

    public AmazonCognitoIdentityProviderException(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode) { }

    public AmazonCognitoIdentityProviderException(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)
        : base(message, errorType, errorCode, requestId, statusCode) { }
}
