using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;

namespace Amazon.CognitoIdentityProvider.Internal;

/// <summary>Builds a typed exception from an error response body (used through <see cref="CognitoErrorCodes"/>).</summary>
internal delegate AmazonCognitoIdentityProviderException ExceptionFactory(
    JsonUnmarshallerContext context, ErrorResponse errorResponse, ref StreamingUtf8JsonReader reader);
