namespace ClientGenerator;

/// <summary>The set of files one generator run produces, written so that reruns are byte-identical.</summary>
internal sealed class GeneratedFileSet
{
    private readonly SortedDictionary<string, string> _files = new(StringComparer.Ordinal);

    public void Add(string relativePath, CodeWriter code)
    {
        if (!_files.TryAdd(relativePath.Replace('\\', '/'), code.ToString()))
        {
            throw new GeneratorException($"Two generated files would share the path {relativePath}.");
        }
    }

    public int Count => _files.Count;

    /// <summary>Writes every file (only when its content changed) and deletes generated files that are no longer produced.</summary>
    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (relative, content) in _files)
        {
            var path = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || File.ReadAllText(path) != content)
            {
                File.WriteAllText(path, content);
            }
        }
        foreach (var existing in Directory.GetFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, existing).Replace('\\', '/');
            if (!_files.ContainsKey(relative))
            {
                File.Delete(existing);
            }
        }
        foreach (var dir in Directory.GetDirectories(directory, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(dir).Any())
            {
                Directory.Delete(dir);
            }
        }
    }
}
