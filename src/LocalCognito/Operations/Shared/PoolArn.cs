using System.Text.RegularExpressions;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// User pool ARNs, "arn:aws:cognito-idp:REGION:ACCOUNT:userpool/POOL_ID", as DescribeUserPool reports them and the
/// tagging operations take them. LocalCognito has no AWS account; its ARNs carry 000000000000.
/// </summary>
public static partial class PoolArn
{
    public const string Account = "000000000000";

    public static string For(string region, string poolId) => $"arn:aws:cognito-idp:{region}:{Account}:userpool/{poolId}";

    /// <summary>The pool an ARN names: InvalidParameterException for what is not a user pool ARN, ResourceNotFoundException for a pool that does not exist.</summary>
    public static UserPool Resolve(CognitoStore store, string region, string arn)
    {
        var match = Shape().Match(arn);
        if (!match.Success)
        {
            throw Errors.InvalidParameter($"{arn} is not a user pool ARN (arn:aws:cognito-idp:REGION:ACCOUNT:userpool/USER_POOL_ID).");
        }

        var poolId = match.Groups["pool"].Value;
        if (match.Groups["region"].Value != region || match.Groups["account"].Value != Account || store.FindPool(poolId) is not { } pool)
        {
            throw Errors.ResourceNotFound($"Resource {arn} does not exist.");
        }

        return pool;
    }

    [GeneratedRegex(@"^arn:aws[\w-]*:cognito-idp:(?<region>[a-z0-9-]+):(?<account>\d{12}):userpool/(?<pool>[\w-]+_[0-9a-zA-Z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
