using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;

namespace Amazon.CognitoIdentityProvider.Internal;

/// <summary>
/// Turns any error response into the typed exception for its code. The code comes from <c>__type</c>
/// (after the last '#') or the x-amzn-ErrorType header; unknown codes give the service's base exception.
/// </summary>
internal static class CognitoErrorUnmarshaller
{
    public static AmazonServiceException Unmarshall(JsonUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
    {
        var reader = new StreamingUtf8JsonReader(context.Stream, AWSConfigs.StreamingUtf8JsonReaderBufferSize ?? 4096, context.JsonMaxDepth);
        var error = JsonErrorResponseUnmarshaller.GetInstance().Unmarshall(context, ref reader);
        error.InnerException = innerException;
        error.StatusCode = statusCode;

        if (error.Code != null && CognitoErrorCodes.Factories.TryGetValue(error.Code, out var factory))
        {
            // Re-read the body from the start: typed exceptions may carry extra members (e.g. reasonCode).
            // An empty body (the code came from the header) reads as an empty object.
            var bytes = context.GetResponseBodyBytes();
            using var body = new MemoryStream(bytes is { Length: > 0 } ? bytes : "{}"u8.ToArray());
            using var bodyContext = new JsonUnmarshallerContext(body, false, context.ResponseData);
            var bodyReader = new StreamingUtf8JsonReader(body, AWSConfigs.StreamingUtf8JsonReaderBufferSize ?? 4096, context.JsonMaxDepth);
            return factory(bodyContext, error, ref bodyReader);
        }
        return new AmazonCognitoIdentityProviderException(error.Message, error.InnerException, error.Type, error.Code, error.RequestId, error.StatusCode);
    }
}
