namespace ClientGenerator;

/// <summary>Writes the request side: one marshaller per operation (JSON 1.1 envelope) and one per nested structure.</summary>
internal sealed class MarshallerEmitter(TypeMapper types)
{
    private static readonly string[] Usings =
        ["System", "System.Collections.Generic", "System.Text.Json", "Amazon.Runtime", "Amazon.Runtime.Internal",
         "Amazon.Runtime.Internal.Transform", "Amazon.Runtime.Internal.Util", "Amazon.Util"];

    public void Emit(GeneratedFileSet files)
    {
        var model = types.Model;
        foreach (var op in model.Operations)
        {
            files.Add($"Model/Internal/MarshallTransformations/{op.Name}RequestMarshaller.cs", EmitRequestMarshaller(op));
        }
        var inputs = model.Operations.Where(o => o.InputShape != null).Select(o => o.InputShape!);
        foreach (var name in types.NestedStructures(inputs))
        {
            files.Add($"Model/Internal/MarshallTransformations/{types.ClassName(name)}Marshaller.cs", EmitStructureMarshaller(model[name]));
        }
    }

    private CodeWriter EmitRequestMarshaller(Operation op)
    {
        var model = types.Model;
        var request = op.Name + "Request";
        var code = new CodeWriter(TypeMapper.TransformNamespace, Usings);
        code.Open($"public class {request}Marshaller : IMarshaller<IRequest, {request}>, IMarshaller<IRequest, AmazonWebServiceRequest>");
        code.Line($"public static {request}Marshaller Instance {{ get; }} = new();").Line();
        code.Line($"public IRequest Marshall(AmazonWebServiceRequest input) => Marshall(({request})input);").Line();
        code.Open($"public IRequest Marshall({request} publicRequest)");
        code.Line($"IRequest request = new DefaultRequest(publicRequest, \"{TypeMapper.RootNamespace}\");");
        code.Line($"request.Headers[\"X-Amz-Target\"] = \"{model.TargetPrefix}.{op.Name}\";");
        code.Line("request.Headers[\"Content-Type\"] = \"application/x-amz-json-1.1\";");
        code.Line($"request.Headers[\"x-amz-api-version\"] = \"{model.ApiVersion}\";");
        code.Line("request.HttpMethod = \"POST\";");
        code.Line("request.ResourcePath = \"/\";");
        code.Line("var stream = new PooledContentStream();");
        code.Line("request.ContentStream = stream;");
        code.Line("using var writer = new Utf8JsonWriter(stream.BufferWriter);");
        code.Line("writer.WriteStartObject();");
        code.Line("var context = new JsonMarshallerContext(request, writer);");
        if (op.InputShape != null)
        {
            EmitMembers(code, model[op.InputShape].Members, "publicRequest");
        }
        code.Line("writer.WriteEndObject();");
        code.Line("writer.Flush();");
        code.Line("return request;");
        code.Close();
        code.Close();
        return code;
    }

    private CodeWriter EmitStructureMarshaller(Shape shape)
    {
        var className = types.ClassName(shape.Name);
        var code = new CodeWriter(TypeMapper.TransformNamespace, Usings);
        code.Open($"public class {className}Marshaller : IRequestMarshaller<{className}, JsonMarshallerContext>");
        code.Line($"public static readonly {className}Marshaller Instance = new();").Line();
        code.Open($"public void Marshall({className} requestObject, JsonMarshallerContext context)");
        code.Line("if (requestObject == null) return;");
        EmitMembers(code, shape.Members, "requestObject");
        code.Close();
        code.Close();
        return code;
    }

    private void EmitMembers(CodeWriter code, IReadOnlyList<Member> members, string owner)
    {
        var depth = 0;
        foreach (var member in members)
        {
            var property = TypeMapper.PropertyName(member.Name);
            code.Open($"if ({owner}.IsSet{property}())");
            code.Line($"context.Writer.WritePropertyName(\"{member.Name}\");");
            var access = types.IsNullableValue(member.ShapeName) ? $"{owner}.{property}.Value" : $"{owner}.{property}";
            EmitValue(code, member.ShapeName, access, ref depth);
            code.Close();
        }
    }

    /// <summary>Writes the JSON for one value; <paramref name="depth"/> keeps loop variable names unique.</summary>
    private void EmitValue(CodeWriter code, string shapeName, string expression, ref int depth)
    {
        var shape = types.Model[shapeName];
        switch (shape.Type)
        {
            case "string":
                code.Line($"context.Writer.WriteStringValue({expression});");
                break;
            case "integer":
            case "long":
                code.Line($"context.Writer.WriteNumberValue({expression});");
                break;
            case "boolean":
                code.Line($"context.Writer.WriteBooleanValue({expression});");
                break;
            case "timestamp":
                code.Line($"context.Writer.WriteNumberValue(AWSSDKUtils.ConvertToUnixEpochSecondsDecimal({expression}));");
                break;
            case "blob":
                // Blobs travel as base64 text in JSON 1.1.
                code.Line($"context.Writer.WriteStringValue(StringUtils.FromMemoryStream({expression}));");
                break;
            case "document":
                code.Line($"{TypeMapper.DocumentTransformNamespace}.DocumentMarshaller.Instance.Write(context.Writer, {expression});");
                break;
            case "structure":
                code.Line("context.Writer.WriteStartObject();");
                code.Line($"{types.ClassName(shape.Name)}Marshaller.Instance.Marshall({expression}, context);");
                code.Line("context.Writer.WriteEndObject();");
                break;
            case "list":
                {
                    var item = $"item{depth++}";
                    code.Line("context.Writer.WriteStartArray();");
                    code.Open($"foreach (var {item} in {expression})");
                    EmitValue(code, shape.ListMember!, item, ref depth);
                    code.Close();
                    code.Line("context.Writer.WriteEndArray();");
                    break;
                }
            case "map":
                {
                    var entry = $"entry{depth++}";
                    code.Line("context.Writer.WriteStartObject();");
                    code.Open($"foreach (var {entry} in {expression})");
                    code.Line($"context.Writer.WritePropertyName({entry}.Key);");
                    EmitValue(code, shape.MapValue!, $"{entry}.Value", ref depth);
                    code.Close();
                    code.Line("context.Writer.WriteEndObject();");
                    break;
                }
            default:
                throw new GeneratorException($"Cannot marshal shape type '{shape.Type}' ({shape.Name}).");
        }
    }
}
