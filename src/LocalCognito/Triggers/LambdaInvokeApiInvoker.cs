using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LocalCognito.Triggers;

/// <summary>
/// Runs the function through the Lambda Invoke API (POST /2015-03-31/functions/{name}/invocations, RequestResponse)
/// at the endpoint the user names: AWS, `sam local start-lambda`, or another Lambda emulator.
/// </summary>
public sealed class LambdaInvokeApiInvoker(HttpClient http, TriggerOptions options, string defaultRegion) : ITriggerInvoker
{
    public async Task<string> InvokeAsync(string functionArn, JsonObject triggerEvent, CancellationToken cancellation)
    {
        var function = LambdaFunctionName.From(functionArn);
        var path = $"2015-03-31/functions/{Uri.EscapeDataString(function.Name)}/invocations";
        if (function.Qualifier is not null)
        {
            path += "?Qualifier=" + Uri.EscapeDataString(function.Qualifier);
        }

        var body = Encoding.UTF8.GetBytes(triggerEvent.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.LambdaEndpoint!, path))
        {
            Content = new ByteArrayContent(body) { Headers = { { "Content-Type", "application/json" } } },
        };
        request.Headers.TryAddWithoutValidation("X-Amz-Invocation-Type", "RequestResponse");
        LambdaRequestSigner.Sign(request, body, function.Region ?? defaultRegion, options.AccessKeyId ?? "local",
            options.SecretAccessKey ?? "local", options.SessionToken, DateTime.UtcNow); // signatures carry the wall-clock time

        using var response = await http.SendAsync(request, cancellation);
        var payload = await response.Content.ReadAsStringAsync(cancellation);
        if (!response.IsSuccessStatusCode)
        {
            throw new TriggerInvocationException(ErrorType(response, payload));
        }

        if (response.Headers.TryGetValues("X-Amz-Function-Error", out _))
        {
            throw new TriggerFunctionException(FunctionErrorMessage(payload));
        }

        return payload;
    }

    /// <summary>The Lambda API's error code: the x-amzn-ErrorType header, else the body's Type or __type.</summary>
    private static string ErrorType(HttpResponseMessage response, string payload)
    {
        if (response.Headers.TryGetValues("x-amzn-ErrorType", out var types))
        {
            return types.First().Split(':')[0];
        }

        try
        {
            var body = JsonNode.Parse(payload);
            var type = body?["Type"]?.GetValue<string>() ?? body?["__type"]?.GetValue<string>();
            if (type is not null && type != "User")
            {
                return type.Split('#')[^1];
            }
        }
        catch (JsonException)
        {
            // not JSON: fall through to the status code
        }

        return $"HTTP {(int)response.StatusCode}";
    }

    /// <summary>A function error's payload is {"errorMessage": ..., "errorType": ...}; its message is what Cognito passes on.</summary>
    private static string FunctionErrorMessage(string payload)
    {
        try
        {
            return JsonNode.Parse(payload)?["errorMessage"]?.GetValue<string>() ?? payload;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            return payload;
        }
    }
}
