namespace ClientGenerator;

/// <summary>Writes the operation surface: the interface and client methods, the error-code table and the no-auth list.</summary>
internal sealed class ClientEmitter(TypeMapper types)
{
    private const string Interface = "I" + TypeMapper.ServicePrefix;
    private const string Client = TypeMapper.ServicePrefix + "Client";

    public void Emit(GeneratedFileSet files)
    {
        files.Add($"{Interface}.Operations.cs", EmitInterface());
        files.Add($"{Client}.Operations.cs", EmitClient());
        files.Add("Internal/CognitoErrorCodes.cs", EmitErrorTable());
        files.Add("Internal/CognitoNoAuthOperations.cs", EmitNoAuthList());
    }

    private CodeWriter EmitInterface()
    {
        var code = new CodeWriter(TypeMapper.RootNamespace, "System.Threading", "System.Threading.Tasks", TypeMapper.ModelNamespace);
        code.Open($"public partial interface {Interface}");
        foreach (var op in types.Model.Operations)
        {
            code.Line($"Task<{op.Name}Response> {op.Name}Async({op.Name}Request request, CancellationToken cancellationToken = default);");
        }
        code.Close();
        return code;
    }

    private CodeWriter EmitClient()
    {
        var code = new CodeWriter(TypeMapper.RootNamespace, "System.Threading", "System.Threading.Tasks", "Amazon.Runtime",
            "Amazon.Runtime.Internal", TypeMapper.ModelNamespace, TypeMapper.TransformNamespace);
        code.Open($"public partial class {Client}");
        var first = true;
        foreach (var op in types.Model.Operations)
        {
            if (!first)
            {
                code.Line();
            }

            first = false;
            code.Open($"public virtual Task<{op.Name}Response> {op.Name}Async({op.Name}Request request, CancellationToken cancellationToken = default)");
            code.Line("var options = new InvokeOptions");
            code.Line("{");
            code.Line($"    RequestMarshaller = {op.Name}RequestMarshaller.Instance,");
            code.Line($"    ResponseUnmarshaller = {op.Name}ResponseUnmarshaller.Instance,");
            code.Line("};");
            code.Line($"return InvokeAsync<{op.Name}Response>(request, options, cancellationToken);");
            code.Close();
        }
        code.Close();
        return code;
    }

    /// <summary>One table for all operations: error code -> typed exception factory.</summary>
    private CodeWriter EmitErrorTable()
    {
        var codes = types.Model.Operations.SelectMany(o => o.Errors).Distinct().Order(StringComparer.Ordinal);
        var code = new CodeWriter(TypeMapper.InternalNamespace, "System", "System.Collections.Frozen", "System.Collections.Generic",
            TypeMapper.TransformNamespace);
        code.Open("internal static class CognitoErrorCodes");
        code.Line("/// <summary>Every error code the operations declare, with the unmarshaller that builds its typed exception.</summary>");
        code.Line("public static readonly FrozenDictionary<string, ExceptionFactory> Factories = new Dictionary<string, ExceptionFactory>(StringComparer.Ordinal)");
        code.Line("{");
        foreach (var error in codes)
        {
            code.Line($"    [\"{error}\"] = {error}Unmarshaller.Instance.Unmarshall,");
        }
        code.Line("}.ToFrozenDictionary(StringComparer.Ordinal);");
        code.Close();
        return code;
    }

    private CodeWriter EmitNoAuthList()
    {
        var code = new CodeWriter(TypeMapper.InternalNamespace, "System", "System.Collections.Frozen");
        code.Open("internal static class CognitoNoAuthOperations");
        code.Line("/// <summary>Request class names of the operations the model marks as unsigned (smithy.api#noAuth).</summary>");
        code.Line("public static readonly FrozenSet<string> RequestNames = new[]");
        code.Line("{");
        foreach (var op in types.Model.Operations.Where(o => o.NoAuth))
        {
            code.Line($"    \"{op.Name}Request\",");
        }
        code.Line("}.ToFrozenSet(StringComparer.Ordinal);");
        code.Close();
        return code;
    }
}
