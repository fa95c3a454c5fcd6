namespace LocalCognito.Protocol;

/// <summary>An error answered to the client as {"__type": Code, "message": Message} with the given HTTP status.</summary>
public sealed class CognitoException(string code, string message, int statusCode = 400) : Exception(message)
{
    public string Code { get; } = code;
    public int StatusCode { get; } = statusCode;
}
