using System.Text;
using LocalCognito.Protocol;

namespace LocalCognito.Operations;

/// <summary>
/// The quoted value of a ListUsers filter. Cognito's filter syntax escapes only a quotation mark and the backslash
/// itself (\" and \\); any other backslash sequence is a parse error, not a regular-expression escape.
/// </summary>
public static class FilterValue
{
    public static string Unescape(string quoted)
    {
        var value = new StringBuilder(quoted.Length);
        for (var i = 0; i < quoted.Length; i++)
        {
            if (quoted[i] != '\\')
            {
                value.Append(quoted[i]);
                continue;
            }

            if (i + 1 >= quoted.Length || quoted[i + 1] is not ('"' or '\\'))
            {
                throw Errors.InvalidParameter("Error while parsing filter.");
            }

            value.Append(quoted[++i]);
        }

        return value.ToString();
    }
}
