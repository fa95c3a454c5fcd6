namespace CognitoMfa.Cdk.ExpectedPool;

/// <summary>The expected-pool file cannot be read or holds a setting the stack cannot deploy.</summary>
public sealed class ExpectedPoolException(string message, Exception? inner = null) : Exception(message, inner)
{
    public static ExpectedPoolException Unsupported(string setting, string value) =>
        new($"{ExpectedPoolFile.ResourceName}: {setting} = '{value}' is not supported by the CDK stack (Amazon.CDK.Lib 2.160.0).");
}
