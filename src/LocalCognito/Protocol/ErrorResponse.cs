using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LocalCognito.Protocol;

/// <summary>Writes responses in the JSON 1.1 protocol: body, x-amzn-ErrorType "Code:", x-amzn-ErrorMessage.</summary>
public static class ErrorResponse
{
    public const string ContentType = "application/x-amz-json-1.1";

    // Plain quotes and '<' as AWS writes them (the default encoder would write \u0027).
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext context, CognitoException error)
    {
        var response = context.Response;
        response.StatusCode = error.StatusCode;
        response.ContentType = ContentType;
        response.Headers["x-amzn-ErrorType"] = error.Code + ":";
        response.Headers["x-amzn-ErrorMessage"] = HeaderSafe(error.Message);
        var body = new JsonObject { ["__type"] = error.Code, ["message"] = error.Message };
        await response.WriteAsync(body.ToJsonString(Output), context.RequestAborted);
    }

    public static async Task WriteSuccessAsync(HttpContext context, JsonObject result)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = ContentType;
        await context.Response.WriteAsync(result.ToJsonString(Output), context.RequestAborted);
    }

    // Header values must be printable ASCII on one line.
    private static string HeaderSafe(string message)
    {
        var safe = new StringBuilder(Math.Min(message.Length, 1024));
        foreach (var character in message.Take(1024))
        {
            safe.Append(character is >= ' ' and <= '~' ? character : ' ');
        }

        return safe.ToString();
    }
}
