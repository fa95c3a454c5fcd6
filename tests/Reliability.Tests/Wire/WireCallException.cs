namespace Reliability.Tests.Wire;

/// <summary>A Cognito call that did not answer 200; carries what the server said.</summary>
public sealed class WireCallException(string operation, WireResponse response)
    : Exception($"{operation} failed: {response}")
{
    public string Operation => operation;
    public WireResponse Response => response;
}
