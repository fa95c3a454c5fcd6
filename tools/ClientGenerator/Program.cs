using ClientGenerator;

// Usage:
//   dotnet run --project tools/ClientGenerator                       regenerate Generated/ from spec/
//   dotnet run --project tools/ClientGenerator -- --trim MODEL.json [--paginators PAGINATORS.json]
//                                                                     rewrite spec/ from the full model, then regenerate
//   dotnet run --project tools/ClientGenerator -- --compatibility-table
//                                                                     rewrite the table in docs/local-cognito.md only
try
{
    var paths = RepositoryPaths.Locate();
    if (args is ["--compatibility-table"])
    {
        CompatibilityTable.Write(paths);
        return 0;
    }

    var trimSource = OptionValue(args, "--trim");
    if (trimSource != null)
    {
        ModelTrimmer.Trim(trimSource, OptionValue(args, "--paginators"), paths);
    }
    else if (args.Length > 0)
    {
        throw new GeneratorException($"Unknown arguments: {string.Join(' ', args)}. Use no arguments, --trim MODEL [--paginators FILE], or --compatibility-table.");
    }

    var model = ServiceModel.Load(paths.ModelFile, paths.PaginatorsFile);
    var types = new TypeMapper(model);
    var files = new GeneratedFileSet();
    new ModelEmitter(types).Emit(files);
    new MarshallerEmitter(types).Emit(files);
    new UnmarshallerEmitter(types).Emit(files);
    new ClientEmitter(types).Emit(files);
    new PaginatorEmitter(types).Emit(files);
    files.WriteTo(paths.GeneratedDirectory);
    Console.WriteLine($"Generated {files.Count} files for {model.Operations.Count} operations into {Path.GetRelativePath(paths.Root, paths.GeneratedDirectory)}");
    return 0;
}
catch (GeneratorException e)
{
    Console.Error.WriteLine($"ClientGenerator: {e.Message}");
    return 1;
}

static string? OptionValue(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    if (index < 0)
    {
        return null;
    }

    if (index + 1 >= args.Length)
    {
        throw new GeneratorException($"{name} needs a file path.");
    }

    return args[index + 1];
}
