namespace ClientGenerator;

/// <summary>Writes the paginator factory and one paginator per paginated operation (IAsyncEnumerable of pages and of items).</summary>
internal sealed class PaginatorEmitter(TypeMapper types)
{
    private const string FactoryName = "CognitoIdentityProviderPaginatorFactory";

    public void Emit(GeneratedFileSet files)
    {
        var paginators = types.Model.Paginators;
        files.Add($"Model/Paginators/I{FactoryName}.cs", EmitFactory(paginators, isInterface: true));
        files.Add($"Model/Paginators/{FactoryName}.cs", EmitFactory(paginators, isInterface: false));
        foreach (var p in paginators)
        {
            files.Add($"Model/Paginators/I{p.OperationName}Paginator.cs", EmitInterface(p));
            files.Add($"Model/Paginators/{p.OperationName}Paginator.cs", EmitPaginator(p));
        }
    }

    private static CodeWriter EmitFactory(IReadOnlyList<Paginator> paginators, bool isInterface)
    {
        var code = new CodeWriter(TypeMapper.ModelNamespace, "Amazon.Runtime.Internal");
        if (isInterface)
        {
            code.Open($"public interface I{FactoryName}");
            foreach (var p in paginators)
            {
                var limit = p.LimitKey != null ? $", LimitKey = \"{p.LimitKey}\"" : "";
                code.Line($"[AWSPaginator(InputToken = new[] {{ \"{p.InputToken}\" }}, OutputToken = new[] {{ \"{p.OutputToken}\" }}{limit})]");
                code.Line($"I{p.OperationName}Paginator {p.OperationName}({p.OperationName}Request request);");
            }
        }
        else
        {
            code.Open($"public class {FactoryName} : I{FactoryName}");
            code.Line($"private readonly I{TypeMapper.ServicePrefix} _client;").Line();
            code.Line($"internal {FactoryName}(I{TypeMapper.ServicePrefix} client) => _client = client;");
            foreach (var p in paginators)
            {
                code.Line();
                code.Line($"public I{p.OperationName}Paginator {p.OperationName}({p.OperationName}Request request) => new {p.OperationName}Paginator(_client, request);");
            }
        }
        code.Close();
        return code;
    }

    private CodeWriter EmitInterface(Paginator p)
    {
        var code = new CodeWriter(TypeMapper.ModelNamespace, "Amazon.Runtime");
        code.Open($"public interface I{p.OperationName}Paginator");
        code.Line($"IPaginatedEnumerable<{p.OperationName}Response> Responses {{ get; }}").Line();
        code.Line($"IPaginatedEnumerable<{ItemType(p)}> {TypeMapper.PropertyName(p.ResultKey)} {{ get; }}");
        code.Close();
        return code;
    }

    private CodeWriter EmitPaginator(Paginator p)
    {
        var response = p.OperationName + "Response";
        var item = ItemType(p);
        var resultKey = TypeMapper.PropertyName(p.ResultKey);
        var inputToken = TypeMapper.PropertyName(p.InputToken);
        var outputToken = TypeMapper.PropertyName(p.OutputToken);
        var code = new CodeWriter(TypeMapper.ModelNamespace, "System", "System.Collections.Generic", "System.Runtime.CompilerServices",
            "System.Threading", "System.Threading.Tasks", "Amazon.Runtime");
        code.Open($"internal sealed class {p.OperationName}Paginator : IPaginator<{response}>, I{p.OperationName}Paginator");
        code.Line($"private readonly I{TypeMapper.ServicePrefix} _client;");
        code.Line($"private readonly {p.OperationName}Request _request;");
        code.Line("private int _isPaginatorInUse;").Line();
        code.Open($"internal {p.OperationName}Paginator(I{TypeMapper.ServicePrefix} client, {p.OperationName}Request request)");
        code.Line("_client = client;");
        code.Line("_request = request;");
        code.Close().Line();
        code.Line($"public IPaginatedEnumerable<{response}> Responses => new PaginatedResponse<{response}>(this);").Line();
        code.Line($"public IPaginatedEnumerable<{item}> {resultKey} =>");
        code.Line($"    new PaginatedResultKeyResponse<{response}, {item}>(this, page => page.{resultKey} ?? new List<{item}>());").Line();
        code.Open($"async IAsyncEnumerable<{response}> IPaginator<{response}>.PaginateAsync([EnumeratorCancellation] CancellationToken cancellationToken)");
        code.Open("if (Interlocked.Exchange(ref _isPaginatorInUse, 1) != 0)");
        code.Line("throw new InvalidOperationException(\"Paginator has already been consumed and cannot be reused. Please create a new instance.\");");
        code.Close();
        code.Line("PaginatorUtils.SetUserAgentAdditionOnRequest(_request);");
        code.Line($"var nextToken = _request.{inputToken};");
        code.Open("do");
        code.Line($"_request.{inputToken} = nextToken;");
        code.Line($"var page = await _client.{p.OperationName}Async(_request, cancellationToken).ConfigureAwait(false);");
        code.Line($"nextToken = page.{outputToken};");
        code.Line("cancellationToken.ThrowIfCancellationRequested();");
        code.Line("yield return page;");
        code.Close(" while (!string.IsNullOrEmpty(nextToken));");
        code.Close();
        code.Close();
        return code;
    }

    private string ItemType(Paginator p)
    {
        var op = types.Model.Operations.Single(o => o.Name == p.OperationName);
        var output = types.Model[op.OutputShape!];
        var member = output.Members.SingleOrDefault(m => m.Name == p.ResultKey)
            ?? throw new GeneratorException($"Paginator {p.OperationName}: result key {p.ResultKey} is not a member of the output.");
        var list = types.Model[member.ShapeName];
        return types.ElementType(list.ListMember!);
    }
}
