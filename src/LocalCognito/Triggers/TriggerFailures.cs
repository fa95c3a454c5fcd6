namespace LocalCognito.Triggers;

/// <summary>The function ran and failed (an unhandled error, or an in-process handler that threw).</summary>
public sealed class TriggerFunctionException(string functionMessage) : Exception(functionMessage);

/// <summary>The function could not be invoked (not found, access denied, nothing configured to run it).</summary>
public sealed class TriggerInvocationException(string errorCode) : Exception(errorCode)
{
    public string ErrorCode { get; } = errorCode;
}
