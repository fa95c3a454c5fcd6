using System.Net;
using System.Text.Json.Nodes;

namespace Reliability.Tests.Wire;

/// <summary>One HTTP answer from a Cognito JSON 1.1 endpoint, as read off the wire.</summary>
public sealed record WireResponse(HttpStatusCode Status, string Body, string? ErrorTypeHeader, string? RequestId)
{
    public bool IsSuccess => Status == HttpStatusCode.OK;

    /// <summary>The error code from the body's <c>__type</c> (without any <c>prefix#</c>), or null.</summary>
    public string? ErrorCode
    {
        get
        {
            var type = TryParseObject()?["__type"]?.GetValue<string>();
            return type is null ? null : type[(type.LastIndexOf('#') + 1)..];
        }
    }

    public string? ErrorMessage => TryParseObject() is { } json
        ? (json["message"] ?? json["Message"])?.GetValue<string>()
        : null;

    public JsonObject? TryParseObject()
    {
        try
        {
            return JsonNode.Parse(Body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public override string ToString() =>
        $"HTTP {(int)Status} {ErrorCode ?? ""} {Truncate(ErrorMessage ?? (IsSuccess ? "" : Body), 200)}".TrimEnd();

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
