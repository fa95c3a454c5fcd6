namespace ClientGenerator;

/// <summary>Writes the public model: request/response classes, nested structures, exceptions and constant-class enums.</summary>
internal sealed class ModelEmitter(TypeMapper types)
{
    private static readonly string[] ModelUsings = ["System", "System.Collections.Generic", "Amazon.Runtime", "Amazon.Runtime.Internal"];

    public void Emit(GeneratedFileSet files)
    {
        var model = types.Model;
        var requests = model.Operations.Where(o => o.InputShape != null).ToDictionary(o => o.InputShape!, o => o.Name);
        var responses = model.Operations.Where(o => o.OutputShape != null).ToDictionary(o => o.OutputShape!, o => o.Name);

        foreach (var shape in model.Shapes.Values)
        {
            if (shape.IsEnum)
            {
                files.Add($"Enums/{shape.Name}.cs", EmitEnum(shape));
            }
            else if (shape.IsStructure && shape.IsException)
            {
                files.Add($"Model/Exceptions/{shape.Name}.cs", EmitException(shape));
            }
            else if (shape.IsStructure)
            {
                var baseClass = requests.ContainsKey(shape.Name) ? $"{TypeMapper.ServicePrefix}Request"
                    : responses.ContainsKey(shape.Name) ? "AmazonWebServiceResponse" : null;
                files.Add($"Model/{types.ClassName(shape.Name)}.cs", EmitStructure(types.ClassName(shape.Name), baseClass, shape.Members));
            }
        }

        // Operations without a modelled output still return an (empty) response object.
        foreach (var op in model.Operations.Where(o => o.OutputShape == null))
        {
            files.Add($"Model/{op.Name}Response.cs", EmitStructure(op.Name + "Response", "AmazonWebServiceResponse", []));
        }
    }

    private CodeWriter EmitStructure(string className, string? baseClass, IReadOnlyList<Member> members)
    {
        var code = new CodeWriter(TypeMapper.ModelNamespace, ModelUsings);
        code.Open($"public partial class {className}" + (baseClass != null ? $" : {baseClass}" : ""));
        foreach (var member in members)
        {
            EmitProperty(code, member);
        }
        foreach (var member in members)
        {
            code.Line();
            EmitIsSet(code, member);
        }
        code.Close();
        return code;
    }

    private void EmitProperty(CodeWriter code, Member member)
    {
        var target = types.Model[member.ShapeName];
        var name = TypeMapper.PropertyName(member.Name);
        var type = types.PropertyType(member.ShapeName);
        var attributes = new List<string>();
        if (member.Required)
        {
            attributes.Add("Required = true");
        }

        if (target.Sensitive)
        {
            attributes.Add("Sensitive = true");
        }

        if (target.Min != null)
        {
            attributes.Add($"Min = {target.Min}L");
        }

        if (target.Max != null)
        {
            attributes.Add($"Max = {target.Max}L");
        }

        if (attributes.Count > 0)
        {
            code.Line($"[AWSProperty({string.Join(", ", attributes)})]");
        }
        var initializer = types.IsCollection(member.ShapeName)
            ? $" = AWSConfigs.InitializeCollections ? new {type}() : null;"
            : "";
        code.Line($"public {type} {name} {{ get; set; }}{initializer}");
        code.Line();
    }

    private void EmitIsSet(CodeWriter code, Member member)
    {
        var name = TypeMapper.PropertyName(member.Name);
        if (types.IsCollection(member.ShapeName))
        {
            // An empty collection counts as set unless the SDK initialises collections itself.
            code.Line($"internal bool IsSet{name}() => {name} != null && ({name}.Count > 0 || !AWSConfigs.InitializeCollections);");
        }
        else if (types.IsNullableValue(member.ShapeName))
        {
            code.Line($"internal bool IsSet{name}() => {name}.HasValue;");
        }
        else if (types.IsDocument(member.ShapeName))
        {
            // Document is a struct whose default value is the JSON null.
            code.Line($"internal bool IsSet{name}() => !{name}.IsNull();");
        }
        else
        {
            code.Line($"internal bool IsSet{name}() => {name} != null;");
        }
    }

    private CodeWriter EmitException(Shape shape)
    {
        var code = new CodeWriter(TypeMapper.ModelNamespace, "System", "System.Net", "Amazon.Runtime");
        var name = shape.Name;
        code.Open($"public partial class {name} : {TypeMapper.ServicePrefix}Exception");
        code.Line($"public {name}(string message) : base(message) {{ }}").Line();
        code.Line($"public {name}(string message, Exception innerException) : base(message, innerException) {{ }}").Line();
        code.Line($"public {name}(Exception innerException) : base(innerException) {{ }}").Line();
        code.Line($"public {name}(string message, Exception innerException, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)");
        code.Line("    : base(message, innerException, errorType, errorCode, requestId, statusCode) { }").Line();
        code.Line($"public {name}(string message, ErrorType errorType, string errorCode, string requestId, HttpStatusCode statusCode)");
        code.Line("    : base(message, errorType, errorCode, requestId, statusCode) { }");
        foreach (var member in ExceptionMembers(shape))
        {
            code.Line();
            code.Line($"public {types.PropertyType(member.ShapeName)} {TypeMapper.PropertyName(member.Name)} {{ get; set; }}");
        }
        code.Close();
        return code;
    }

    /// <summary>Members of an error shape beyond the message, which the exception carries as properties.</summary>
    public static IEnumerable<Member> ExceptionMembers(Shape shape) =>
        shape.Members.Where(m => !m.Name.Equals("message", StringComparison.OrdinalIgnoreCase));

    private static CodeWriter EmitEnum(Shape shape)
    {
        var code = new CodeWriter(TypeMapper.RootNamespace, "Amazon.Runtime");
        var name = shape.Name;
        code.Open($"public class {name} : ConstantClass");
        foreach (var value in shape.EnumValues.Order(StringComparer.Ordinal))
        {
            var constant = TypeMapper.EnumConstantName(value);
            if (constant == name)
            {
                throw new GeneratorException($"Enum {name} has a value whose constant name equals the class name.");
            }
            code.Line($"public static readonly {name} {constant} = new {name}(\"{value}\");").Line();
        }
        code.Line("/// <summary>Creates a value this client does not know yet; the known values are the static fields.</summary>");
        code.Line($"public {name}(string value) : base(value) {{ }}").Line();
        code.Line($"public static {name} FindValue(string value) => FindValue<{name}>(value);").Line();
        code.Line($"public static implicit operator {name}(string value) => FindValue(value);");
        code.Close();
        return code;
    }
}
