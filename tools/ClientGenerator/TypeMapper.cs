namespace ClientGenerator;

/// <summary>Maps model shapes to the C# names and types the official AWS SDK for .NET v4 uses.</summary>
internal sealed class TypeMapper
{
    public const string RootNamespace = "Amazon.CognitoIdentityProvider";
    public const string ModelNamespace = RootNamespace + ".Model";
    public const string TransformNamespace = ModelNamespace + ".Internal.MarshallTransformations";
    public const string InternalNamespace = RootNamespace + ".Internal";
    public const string ServicePrefix = "AmazonCognitoIdentityProvider";
    public const string DocumentType = "Amazon.Runtime.Documents.Document";
    public const string DocumentTransformNamespace = "Amazon.Runtime.Documents.Internal.Transform";

    private readonly ServiceModel _model;
    private readonly Dictionary<string, string> _classNames = new(StringComparer.Ordinal);

    public TypeMapper(ServiceModel model)
    {
        _model = model;
        // Operation inputs and outputs are always named <Operation>Request / <Operation>Response.
        foreach (var op in model.Operations)
        {
            if (op.InputShape != null)
            {
                _classNames[op.InputShape] = op.Name + "Request";
            }

            if (op.OutputShape != null)
            {
                _classNames[op.OutputShape] = op.Name + "Response";
            }
        }
    }

    public ServiceModel Model => _model;

    public string ClassName(string shapeName) => _classNames.GetValueOrDefault(shapeName, shapeName);

    public static string PropertyName(string memberName) => char.ToUpperInvariant(memberName[0]) + memberName[1..];

    /// <summary>The constant name of an enum value: the value with its first letter in upper case.</summary>
    public static string EnumConstantName(string value)
    {
        var chars = value.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray();
        chars[0] = char.ToUpperInvariant(chars[0]);
        var name = new string(chars);
        return char.IsAsciiDigit(name[0]) ? "_" + name : name;
    }

    /// <summary>The type of a property holding this shape (value types nullable, enums as constant classes).</summary>
    public string PropertyType(string shapeName)
    {
        var shape = _model[shapeName];
        return shape.Type switch
        {
            "string" => shape.IsEnum ? shape.Name : "string",
            "integer" => "int?",
            "long" => "long?",
            "boolean" => "bool?",
            "timestamp" => "DateTime?",
            _ => ElementType(shapeName),
        };
    }

    /// <summary>The type of a list element or map value holding this shape (enums are plain strings there).</summary>
    public string ElementType(string shapeName)
    {
        var shape = _model[shapeName];
        return shape.Type switch
        {
            "string" => "string",
            "integer" => "int",
            "long" => "long",
            "boolean" => "bool",
            "timestamp" => "DateTime",
            "blob" => "System.IO.MemoryStream",
            "document" => DocumentType,
            "structure" => ClassName(shape.Name),
            "list" => $"List<{ElementType(shape.ListMember!)}>",
            "map" => $"Dictionary<{ElementType(shape.MapKey!)}, {ElementType(shape.MapValue!)}>",
            _ => throw new GeneratorException($"Shape type '{shape.Type}' of {shape.Name} is not supported."),
        };
    }

    public bool IsCollection(string shapeName) => _model[shapeName].Type is "list" or "map";

    public bool IsDocument(string shapeName) => _model[shapeName].Type == "document";

    public bool IsNullableValue(string shapeName) => _model[shapeName].Type is "integer" or "long" or "boolean" or "timestamp";

    /// <summary>The unmarshaller (type, instance expression) that reads a property of this shape.</summary>
    public (string Type, string Instance) PropertyUnmarshaller(string shapeName)
    {
        var shape = _model[shapeName];
        return shape.Type switch
        {
            "integer" => Simple("NullableIntUnmarshaller"),
            "long" => Simple("NullableLongUnmarshaller"),
            "boolean" => Simple("NullableBoolUnmarshaller"),
            "timestamp" => Simple("NullableDateTimeUnmarshaller"),
            _ => ElementUnmarshaller(shapeName),
        };
    }

    /// <summary>The unmarshaller (type, instance expression) that reads a list element or map value of this shape.</summary>
    public (string Type, string Instance) ElementUnmarshaller(string shapeName)
    {
        var shape = _model[shapeName];
        switch (shape.Type)
        {
            case "string": return Simple("StringUnmarshaller");
            case "integer": return Simple("IntUnmarshaller");
            case "long": return Simple("LongUnmarshaller");
            case "boolean": return Simple("BoolUnmarshaller");
            case "timestamp": return Simple("DateTimeUnmarshaller");
            case "blob": return Simple("MemoryStreamUnmarshaller");
            case "document": return Simple(DocumentTransformNamespace + ".DocumentUnmarshaller");
            case "structure": return Simple(ClassName(shape.Name) + "Unmarshaller");
            case "list":
                {
                    var (itemType, itemInstance) = ElementUnmarshaller(shape.ListMember!);
                    var type = $"JsonListUnmarshaller<{ElementType(shape.ListMember!)}, {itemType}>";
                    return (type, $"new {type}({itemInstance})");
                }
            case "map":
                {
                    var (keyType, keyInstance) = ElementUnmarshaller(shape.MapKey!);
                    var (valueType, valueInstance) = ElementUnmarshaller(shape.MapValue!);
                    var type = $"JsonDictionaryUnmarshaller<{ElementType(shape.MapKey!)}, {ElementType(shape.MapValue!)}, {keyType}, {valueType}>";
                    return (type, $"new {type}({keyInstance}, {valueInstance})");
                }
            default:
                throw new GeneratorException($"Shape type '{shape.Type}' of {shape.Name} is not supported.");
        }
    }

    private static (string, string) Simple(string type) => (type, type + ".Instance");

    /// <summary>Structures reachable from the given roots (not counting the roots themselves).</summary>
    public SortedSet<string> NestedStructures(IEnumerable<string> roots)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        void Visit(string name, bool isRoot)
        {
            var shape = _model[name];
            if (shape.IsStructure && !isRoot && !found.Add(name))
            {
                return;
            }

            foreach (var m in shape.Members)
            {
                Visit(m.ShapeName, false);
            }

            foreach (var inner in new[] { shape.ListMember, shape.MapKey, shape.MapValue })
            {
                if (inner != null)
                {
                    Visit(inner, false);
                }
            }
        }
        foreach (var root in roots)
        {
            Visit(root, true);
        }

        return found;
    }
}
