namespace ClientGenerator;

/// <summary>
/// Writes the response side: one unmarshaller per operation, per nested structure and per error shape.
/// Errors are not dispatched per operation: every response unmarshaller hands them to the shared
/// error table (see ErrorTableEmitter), keyed by error code.
/// </summary>
internal sealed class UnmarshallerEmitter(TypeMapper types)
{
    private static readonly string[] Usings =
        ["System", "System.Collections.Generic", "System.Net", "System.Text.Json", "Amazon.Runtime", "Amazon.Runtime.Internal",
         "Amazon.Runtime.Internal.Transform", "Amazon.Runtime.Internal.Util", "Amazon.CognitoIdentityProvider.Internal"];

    public void Emit(GeneratedFileSet files)
    {
        var model = types.Model;
        foreach (var op in model.Operations)
        {
            files.Add($"Model/Internal/MarshallTransformations/{op.Name}ResponseUnmarshaller.cs", EmitResponseUnmarshaller(op));
        }
        var outputs = model.Operations.Where(o => o.OutputShape != null).Select(o => o.OutputShape!);
        foreach (var name in types.NestedStructures(outputs).Where(n => !model[n].IsException))
        {
            files.Add($"Model/Internal/MarshallTransformations/{types.ClassName(name)}Unmarshaller.cs", EmitStructureUnmarshaller(model[name]));
        }
        foreach (var shape in model.Shapes.Values.Where(s => s.IsStructure && s.IsException))
        {
            files.Add($"Model/Internal/MarshallTransformations/{shape.Name}Unmarshaller.cs", EmitExceptionUnmarshaller(shape));
        }
    }

    private CodeWriter EmitResponseUnmarshaller(Operation op)
    {
        var response = op.Name + "Response";
        var code = new CodeWriter(TypeMapper.TransformNamespace, Usings);
        code.Open($"public class {response}Unmarshaller : JsonResponseUnmarshaller");
        code.Line($"public static {response}Unmarshaller Instance {{ get; }} = new();").Line();
        code.Open("public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)");
        code.Line($"var response = new {response}();");
        if (op.OutputShape != null && types.Model[op.OutputShape].Members.Count > 0)
        {
            code.Line("var reader = new StreamingUtf8JsonReader(context.Stream, AWSConfigs.StreamingUtf8JsonReaderBufferSize ?? 4096, context.JsonMaxDepth);");
            code.Line("context.Read(ref reader);");
            EmitMemberLoop(code, types.Model[op.OutputShape].Members, "response");
        }
        code.Line("return response;");
        code.Close().Line();
        code.Line("public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)");
        code.Line("    => CognitoErrorUnmarshaller.Unmarshall(context, innerException, statusCode);");
        code.Close();
        return code;
    }

    private CodeWriter EmitStructureUnmarshaller(Shape shape)
    {
        var className = types.ClassName(shape.Name);
        var code = new CodeWriter(TypeMapper.TransformNamespace, Usings);
        code.Open($"public class {className}Unmarshaller : IJsonUnmarshaller<{className}, JsonUnmarshallerContext>");
        code.Line($"public static {className}Unmarshaller Instance {{ get; }} = new();").Line();
        code.Open($"public {className} Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)");
        code.Line("if (context.IsEmptyResponse) return null;");
        code.Line("context.Read(ref reader);");
        code.Line("if (context.CurrentTokenType == JsonTokenType.Null) return null;");
        code.Line($"var result = new {className}();");
        EmitMemberLoop(code, shape.Members, "result");
        code.Line("return result;");
        code.Close();
        code.Close();
        return code;
    }

    private CodeWriter EmitExceptionUnmarshaller(Shape shape)
    {
        var name = shape.Name;
        var code = new CodeWriter(TypeMapper.TransformNamespace, Usings);
        code.Open($"public class {name}Unmarshaller : IJsonErrorResponseUnmarshaller<{name}, JsonUnmarshallerContext>");
        code.Line($"public static {name}Unmarshaller Instance {{ get; }} = new();").Line();
        code.Line($"public {name} Unmarshall(JsonUnmarshallerContext context, ref StreamingUtf8JsonReader reader)");
        code.Line("    => Unmarshall(context, new ErrorResponse(), ref reader);").Line();
        code.Open($"public {name} Unmarshall(JsonUnmarshallerContext context, ErrorResponse errorResponse, ref StreamingUtf8JsonReader reader)");
        code.Line($"var result = new {name}(errorResponse.Message, errorResponse.InnerException, errorResponse.Type, errorResponse.Code, errorResponse.RequestId, errorResponse.StatusCode);");
        var extra = ModelEmitter.ExceptionMembers(shape).ToList();
        if (extra.Count > 0)
        {
            code.Line("context.Read(ref reader);");
            EmitMemberLoop(code, extra, "result");
        }
        code.Line("return result;");
        code.Close();
        code.Close();
        return code;
    }

    /// <summary>Reads the members of the JSON object the reader is positioned on; unknown members are skipped.</summary>
    private void EmitMemberLoop(CodeWriter code, IReadOnlyList<Member> members, string target)
    {
        code.Line("var targetDepth = context.CurrentDepth;");
        code.Open("while (context.ReadAtDepth(targetDepth, ref reader))");
        var first = true;
        foreach (var member in members)
        {
            code.Open($"{(first ? "if" : "else if")} (context.TestExpression(\"{member.Name}\", targetDepth, ref reader))");
            var (_, instance) = types.PropertyUnmarshaller(member.ShapeName);
            code.Line($"var unmarshaller = {instance};");
            code.Line($"{target}.{TypeMapper.PropertyName(member.Name)} = unmarshaller.Unmarshall(context, ref reader);");
            code.Close();
            first = false;
        }
        code.Close();
    }
}
