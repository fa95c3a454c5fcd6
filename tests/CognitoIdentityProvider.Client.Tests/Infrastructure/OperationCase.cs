using Amazon.CognitoIdentityProvider;
using Amazon.Runtime;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>
/// One operation exercised end to end: the request object, the JSON body it must produce (also the botocore input
/// for the cross-check), a response body from the service and what the parsed response must contain.
/// </summary>
public sealed record OperationCase(
    string Operation,
    bool Signed,
    AmazonWebServiceRequest Request,
    Func<IAmazonCognitoIdentityProvider, AmazonWebServiceRequest, Task<AmazonWebServiceResponse>> Invoke,
    string ExpectedRequestJson,
    string ResponseJson,
    Action<AmazonWebServiceResponse> VerifyResponse)
{
    public static OperationCase Create<TRequest, TResponse>(
        string operation,
        bool signed,
        TRequest request,
        Func<IAmazonCognitoIdentityProvider, TRequest, CancellationToken, Task<TResponse>> call,
        string expectedRequestJson,
        string responseJson,
        Action<TResponse> verify)
        where TRequest : AmazonWebServiceRequest
        where TResponse : AmazonWebServiceResponse =>
        new(operation, signed, request,
            async (client, r) => await call(client, (TRequest)r, CancellationToken.None),
            expectedRequestJson, responseJson, response => verify((TResponse)response));

    public override string ToString() => Operation;
}
