using System.Text;
using LocalCognito.Protocol;

namespace LocalCognito.Operations;

/// <summary>Opaque pagination tokens over a list sorted by a unique key: the token names the last key returned.</summary>
public static class Paging
{
    public static (List<T> Page, string? NextToken) Page<T>(IReadOnlyList<T> sorted, Func<T, string> key, string? token, int limit)
    {
        var start = 0;
        if (!string.IsNullOrEmpty(token))
        {
            string after;
            try
            {
                after = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            }
            catch (FormatException)
            {
                throw Errors.InvalidParameter("Invalid pagination token.");
            }

            start = sorted.Count;
            for (var index = 0; index < sorted.Count; index++)
            {
                if (string.CompareOrdinal(key(sorted[index]), after) > 0)
                {
                    start = index;
                    break;
                }
            }
        }

        var page = sorted.Skip(start).Take(limit).ToList();
        var more = start + page.Count < sorted.Count && page.Count > 0;
        return (page, more ? Convert.ToBase64String(Encoding.UTF8.GetBytes(key(page[^1]))) : null);
    }
}
