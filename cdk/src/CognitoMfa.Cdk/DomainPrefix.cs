using System.Text.RegularExpressions;
using Amazon.CDK;
using CognitoMfa.Cdk.ExpectedPool;
using Constructs;

namespace CognitoMfa.Cdk;

/// <summary>
/// The prefix of the pool's domain, <c>https://&lt;prefix&gt;.auth.&lt;region&gt;.amazoncognito.com</c>. A prefix
/// is taken once per region across all AWS accounts, so the file's prefix (the one LocalCognito uses) gets the
/// first block of the stack's id appended, unless <c>cdk deploy -c domainPrefix=my-prefix</c> names one.
/// </summary>
public static partial class DomainPrefix
{
    public const string ContextKey = "domainPrefix";

    /// <summary>"-" and the 8 hex digits of the stack id's first block.</summary>
    public const int SuffixLength = 9;

    // CreateUserPoolDomain's pattern and length limit (API reference), and the words Cognito refuses in a prefix
    // ("Domain cannot contain reserved word: aws", as users of CloudFormation and Amplify report).
    private const int MaxLength = 63;
    private static readonly string[] ReservedWords = ["aws", "amazon", "cognito"];

    /// <summary>The prefix for this stack: the context value as given, or the file's prefix with the stack's suffix.</summary>
    public static string For(Stack stack, UserPoolDomainRequest domain)
    {
        if (ReadContext(stack.Node) is { } chosen)
        {
            var problem = Problem(chosen, reservedLength: 0);
            return problem is null ? chosen : throw new DomainPrefixException($"-c {ContextKey}={chosen}: {problem}");
        }

        var fileProblem = Problem(domain.Domain, SuffixLength);
        if (fileProblem is not null)
        {
            throw new ExpectedPoolException($"{ExpectedPoolFile.ResourceName}: UserPoolDomain.Domain = '{domain.Domain}': {fileProblem}");
        }
        // AWS::StackId is arn:...:stack/<name>/<uuid>; the uuid's first block stays the same for the life of the stack
        // and differs between deployments of it, which is what keeps the prefix free.
        var uuid = Fn.Select(2, Fn.Split("/", Aws.STACK_ID));
        return Fn.Join("-", [domain.Domain, Fn.Select(0, Fn.Split("-", uuid))]);
    }

    /// <summary>Why Cognito would refuse the prefix (with room left for a suffix), or null when it is fine.</summary>
    public static string? Problem(string prefix, int reservedLength)
    {
        if (prefix.Length + reservedLength > MaxLength)
        {
            return $"a prefix can be at most {MaxLength - reservedLength} characters here";
        }
        if (!Shape().IsMatch(prefix))
        {
            return "a prefix has only lowercase letters, digits and hyphens, and neither starts nor ends with a hyphen";
        }
        var reserved = ReservedWords.FirstOrDefault(word => prefix.Contains(word, StringComparison.Ordinal));
        return reserved is null ? null : $"Cognito refuses prefixes containing the reserved word '{reserved}'";
    }

    private static string? ReadContext(Node node) =>
        node.TryGetContext(ContextKey) switch
        {
            null => null,
            string text when string.IsNullOrWhiteSpace(text) => null,
            string text => text.Trim(),
            var other => throw new DomainPrefixException($"-c {ContextKey} must be a string, got '{other}'."),
        };

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")]
    private static partial Regex Shape();
}
