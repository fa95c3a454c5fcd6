using System.Collections;
using System.Reflection;

namespace CognitoMfaScenario.Tests.Support;

/// <summary>Every string a request object carries (properties, dictionary keys and values, list items), to search for secrets.</summary>
public static class RequestText
{
    public static IEnumerable<string> StringsIn(object? value) => StringsIn(value, depth: 0);

    private static IEnumerable<string> StringsIn(object? value, int depth)
    {
        if (value is null || depth > 5)
        {
            yield break;
        }

        if (value is string text)
        {
            yield return text;
            yield break;
        }

        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                foreach (var item in StringsIn(entry.Key, depth + 1).Concat(StringsIn(entry.Value, depth + 1)))
                {
                    yield return item;
                }
            }

            yield break;
        }

        if (value is IEnumerable items)
        {
            foreach (var element in items)
            {
                foreach (var item in StringsIn(element, depth + 1))
                {
                    yield return item;
                }
            }

            yield break;
        }

        // Request and model types of the Cognito client: walk their properties.
        var type = value.GetType();
        if (type.Namespace?.StartsWith("Amazon.CognitoIdentityProvider", StringComparison.Ordinal) != true)
        {
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            foreach (var item in StringsIn(property.GetValue(value), depth + 1))
            {
                yield return item;
            }
        }
    }
}
