using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace LoadTest;

/// <summary>
/// /oauth2/token client_credentials at 1/8/64 clients: a resource server and a machine client are created through the
/// API, then every request is a real token POST (HTTP Basic) costing one RS256 signature.
/// </summary>
public sealed class TokenEndpointPlan(LocalCognitoTarget target, HttpClient http, int[] clientCounts, TimeSpan phase, TextWriter log)
{
    public async Task<List<LoadResult>> RunAsync()
    {
        var domain = (await target.Cognito.CallAsync("DescribeUserPool", new JsonObject { ["UserPoolId"] = target.PoolId }))["UserPool"]!["Domain"]!.GetValue<string>();
        await target.Cognito.CallAsync("CreateResourceServer", new JsonObject
        {
            ["UserPoolId"] = target.PoolId,
            ["Identifier"] = "https://bench.example.com",
            ["Name"] = "bench",
            ["Scopes"] = new JsonArray(new JsonObject { ["ScopeName"] = "read", ["ScopeDescription"] = "Read" }),
        });
        var client = (await target.Cognito.CallAsync("CreateUserPoolClient", new JsonObject
        {
            ["UserPoolId"] = target.PoolId,
            ["ClientName"] = "bench-m2m",
            ["GenerateSecret"] = true,
            ["AllowedOAuthFlowsUserPoolClient"] = true,
            ["AllowedOAuthFlows"] = new JsonArray("client_credentials"),
            ["AllowedOAuthScopes"] = new JsonArray("https://bench.example.com/read"),
        }))["UserPoolClient"]!;
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{client["ClientId"]!.GetValue<string>()}:{client["ClientSecret"]!.GetValue<string>()}"));
        var tokenUri = new Uri(target.Server.Endpoint, $"domain/{domain}/oauth2/token");

        async Task RequestTokenAsync(int index, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, tokenUri)
            {
                Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode || !body.Contains("\"access_token\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"token endpoint answered {(int)response.StatusCode}: {body}");
            }
        }

        await LoadRunner.RunAsync(target.Name, "warm-up", 8, 400, null, RequestTokenAsync);
        var results = new List<LoadResult>();
        foreach (var clients in clientCounts)
        {
            var server = target.Server.CpuTime();
            var generator = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var result = await LoadRunner.RunAsync(target.Name, "/oauth2/token client_credentials", clients, null, phase, RequestTokenAsync);
            var completed = Math.Max(1, result.Completed);
            result = result with
            {
                ServerCpuMsPerOp = (target.Server.CpuTime() - server).TotalMilliseconds / completed,
                GeneratorCpuMsPerOp = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - generator).TotalMilliseconds / completed,
            };
            log.WriteLine(ResultsTable.Row(result));
            results.Add(result);
        }

        return results;
    }
}
