using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;
using LocalCognito.Operations;
using LocalCognito.Protocol;

namespace Conformance.Tests;

/// <summary>
/// boto3 calls every Cognito operation LocalCognito lacks: each must come back as an error boto3 parses (code
/// UnknownOperationException, HTTP 400) whose message says LocalCognito does not implement it and where the list is.
/// </summary>
public sealed class Boto3UnimplementedOperationTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task Every_operation_LocalCognito_lacks_is_an_UnknownOperationException_that_names_LocalCognito()
    {
        var implemented = typeof(ICognitoOperation).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICognitoOperation).IsAssignableFrom(t))
            .Select(t => ((ICognitoOperation)RuntimeHelpers.GetUninitializedObject(t)).Name)
            .ToHashSet(StringComparer.Ordinal);
        var lacking = CognitoOperationNames.LoadEmbedded().All.Where(name => !implemented.Contains(name)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(lacking);

        var answers = await Boto3Script.RunAsync("unimplemented_operations.py", new JsonObject
        {
            ["endpoint"] = cognito.Endpoint.ToString(),
            ["region"] = cognito.Region,
            ["accessKeyId"] = cognito.Credentials.AccessKeyId,
            ["secretAccessKey"] = cognito.Credentials.SecretAccessKey,
            ["operations"] = new JsonArray([.. lacking.Select(name => (JsonNode?)name)]),
        });

        Assert.All(lacking, operation =>
        {
            var answer = answers[operation];
            var report = $"{operation}: {answer?.ToJsonString()}";
            Assert.True(answer?["code"]?.GetValue<string>() == "UnknownOperationException", report);
            Assert.True(answer?["status"]?.GetValue<int>() == 400, report);
            var message = answer?["message"]?.GetValue<string>() ?? "";
            Assert.True(message.StartsWith($"LocalCognito (the local Amazon Cognito emulator) does not implement {operation}.", StringComparison.Ordinal), report);
            Assert.True(message.Contains("docs/local-cognito.md#compatibility", StringComparison.Ordinal), report);
        });
    }
}
