using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCognito.Tests.Triggers;

/// <summary>
/// A small Lambda-compatible HTTP endpoint (the Invoke API's one route), as `sam local start-lambda` serves it. It checks
/// each request's SigV4 signature with its own implementation of the algorithm, then runs the named test function.
/// </summary>
public sealed class FakeLambdaEndpoint : IAsyncDisposable
{
    public const string AccessKey = "AKIDLAMBDATEST";
    public const string SecretKey = "lambda-test-secret";

    private readonly WebApplication _app;

    private FakeLambdaEndpoint(WebApplication app) => _app = app;

    /// <summary>Every request received: function name, whether its signature verified, the event.</summary>
    public List<(string Function, bool SignatureValid, string? Scope, JsonObject Event)> Calls { get; } = [];

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>A function: the event in, the output and whether it is a function error (X-Amz-Function-Error) out.</summary>
    public delegate (string Output, bool FunctionError) Function(JsonObject triggerEvent);

    public static async Task<FakeLambdaEndpoint> StartAsync(IReadOnlyDictionary<string, Function> functions)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var endpoint = new FakeLambdaEndpoint(app);
        app.MapPost("/2015-03-31/functions/{name}/invocations", async (HttpContext context, string name) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var (valid, scope) = Verify(context.Request, body);
            var triggerEvent = JsonNode.Parse(body)!.AsObject();
            endpoint.Calls.Add((name, valid, scope, triggerEvent));
            if (!valid)
            {
                context.Response.StatusCode = 403;
                context.Response.Headers["x-amzn-ErrorType"] = "InvalidSignatureException";
                return;
            }

            if (!functions.TryGetValue(name, out var function))
            {
                context.Response.StatusCode = 404;
                context.Response.Headers["x-amzn-ErrorType"] = "ResourceNotFoundException";
                return;
            }

            var (output, functionError) = function(triggerEvent);
            if (functionError)
            {
                context.Response.Headers["X-Amz-Function-Error"] = "Unhandled";
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(output);
        });
        await app.StartAsync();
        endpoint.Endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return endpoint;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>SigV4 as AWS documents it: canonical request, string to sign, HMAC chain, compared with the header's.</summary>
    private static (bool Valid, string? Scope) Verify(HttpRequest request, string body)
    {
        var authorization = request.Headers.Authorization.ToString();
        const string prefix = "AWS4-HMAC-SHA256 ";
        if (!authorization.StartsWith(prefix, StringComparison.Ordinal))
        {
            return (false, null);
        }

        var fields = authorization[prefix.Length..].Split(", ").Select(part => part.Split('=', 2)).ToDictionary(part => part[0], part => part[1]);
        var credential = fields["Credential"].Split('/');
        var scope = string.Join('/', credential.Skip(1));
        var signedHeaders = fields["SignedHeaders"].Split(';');
        var canonicalHeaders = string.Concat(signedHeaders.Select(name => $"{name}:{request.Headers[name].ToString().Trim()}\n"));
        var bodyHash = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        var canonical = $"POST\n{request.Path}\n{request.QueryString.Value?.TrimStart('?')}\n{canonicalHeaders}\n{fields["SignedHeaders"]}\n{bodyHash}";
        var amzDate = request.Headers["x-amz-date"].ToString();
        var toSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Encoding.UTF8.GetBytes("AWS4" + SecretKey);
        foreach (var part in credential.Skip(1))
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        var expected = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign)));
        return (credential[0] == AccessKey && expected == fields["Signature"], scope);
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
