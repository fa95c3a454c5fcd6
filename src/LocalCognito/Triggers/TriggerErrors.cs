using LocalCognito.Protocol;

namespace LocalCognito.Triggers;

/// <summary>The errors Cognito answers when a trigger fails, with Cognito's messages ({trigger} is e.g. PreSignUp).</summary>
public static class TriggerErrors
{
    /// <summary>The function threw: its own message reaches the caller.</summary>
    public static CognitoException FunctionFailed(string trigger, string functionMessage) =>
        new("UserLambdaValidationException", $"{trigger} failed with error {functionMessage}.");

    public static CognitoException TimedOut(string trigger) =>
        new("UnexpectedLambdaException", $"{trigger} invocation failed due to error Socket timeout while invoking Lambda function.");

    public static CognitoException NotInvoked(string trigger, string errorCode) =>
        new("UnexpectedLambdaException", $"{trigger} invocation failed due to error {errorCode}.");

    public static CognitoException UnrecognizableOutput() =>
        new("InvalidLambdaResponseException", "Unrecognizable lambda output");

    /// <summary>Whether an error is one of these (the OAuth endpoints answer them in OAuth's terms).</summary>
    public static bool IsTriggerError(CognitoException error) =>
        error.Code is "UserLambdaValidationException" or "UnexpectedLambdaException" or "InvalidLambdaResponseException";
}
