namespace LocalCognito.Triggers;

/// <summary>
/// The function name and qualifier in a function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]). The
/// Invoke API is called with the name (what `sam local start-lambda` knows a function by) and the ARN's region.
/// </summary>
public sealed record LambdaFunctionName(string Name, string? Qualifier, string? Region)
{
    public static LambdaFunctionName From(string functionArn)
    {
        var parts = functionArn.Split(':');
        if (parts.Length >= 7 && parts[0] == "arn" && parts[2] == "lambda" && parts[5] == "function")
        {
            return new LambdaFunctionName(parts[6], parts.Length > 7 ? parts[7] : null, parts[3]);
        }

        return new LambdaFunctionName(functionArn, null, null);
    }
}
