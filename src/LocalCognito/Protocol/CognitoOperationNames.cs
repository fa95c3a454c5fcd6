namespace LocalCognito.Protocol;

/// <summary>
/// The names of every operation in Amazon Cognito's user pools API (spec/all-operations.txt, written by
/// tools/ClientGenerator from the full service model, embedded at build time). It tells an operation LocalCognito
/// does not implement apart from a name that is no Cognito operation at all.
/// </summary>
public sealed class CognitoOperationNames
{
    private readonly HashSet<string> _names;

    private CognitoOperationNames(IEnumerable<string> names) => _names = new HashSet<string>(names, StringComparer.Ordinal);

    public IReadOnlyCollection<string> All => _names;

    public bool Contains(string name) => _names.Contains(name);

    public static CognitoOperationNames LoadEmbedded()
    {
        using var stream = typeof(CognitoOperationNames).Assembly.GetManifestResourceStream("LocalCognito.all-operations.txt")
            ?? throw new InvalidOperationException("The embedded list of Cognito operations is missing.");
        using var reader = new StreamReader(stream);
        return new CognitoOperationNames(reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#')));
    }
}
