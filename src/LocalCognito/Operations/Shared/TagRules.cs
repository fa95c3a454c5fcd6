using LocalCognito.Protocol;

namespace LocalCognito.Operations;

/// <summary>The rules every AWS tagging API applies: at most 50 tags on a resource, no keys starting with "aws:".</summary>
public static class TagRules
{
    public const int MaxTags = 50;

    public static void Check(IReadOnlyDictionary<string, string> tags)
    {
        if (tags.Keys.FirstOrDefault(key => key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)) is { } reserved)
        {
            throw Errors.InvalidParameter($"Tag key {reserved} is not allowed: keys starting with aws: are reserved for AWS.");
        }

        if (tags.Count > MaxTags)
        {
            throw TooMany();
        }
    }

    public static CognitoException TooMany() => Errors.InvalidParameter($"A user pool can have at most {MaxTags} tags.");
}
