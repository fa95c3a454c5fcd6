using System.Reflection;
using System.Text.Json.Nodes;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime.Internal;
using CognitoIdentityProvider.Client.Tests.Infrastructure;

namespace CognitoIdentityProvider.Client.Tests;

/// <summary>
/// Which operations have paginators, and with which tokens, limit and items, agrees with botocore's
/// pagination model for the service (an input the generator never reads).
/// </summary>
public sealed class PaginatorCrossCheckTests
{
    private static readonly Lazy<JsonObject> Botocore = new(() => BotocoreWitness.Run(new JsonObject
    {
        ["mode"] = "paginators",
        ["operations"] = new JsonArray(OperationCases.All.Keys.Select(name => (JsonNode)name).ToArray()),
    }));

    private static readonly Dictionary<string, MethodInfo> Factory = typeof(ICognitoIdentityProviderPaginatorFactory).GetMethods()
        .ToDictionary(m => m.Name);

    [Fact]
    public void ExactlyTheOperationsBotocorePaginatesHaveAPaginator()
    {
        var paginated = Botocore.Value.Where(entry => entry.Value is not null).Select(entry => entry.Key).Order(StringComparer.Ordinal);

        Assert.Equal(paginated, Factory.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OperationCases.Names), MemberType = typeof(OperationCases))]
    public void TokensLimitAndItemsMatchBotocore(string operation)
    {
        var expected = Botocore.Value[operation];
        if (expected is null)
        {
            Assert.False(Factory.ContainsKey(operation), $"{operation} has a paginator botocore doesn't know");
            return;
        }

        var method = Factory[operation];
        var attribute = method.GetCustomAttribute<AWSPaginatorAttribute>()!;
        Assert.Equal([(string)expected["input_token"]!], attribute.InputToken);
        Assert.Equal([(string)expected["output_token"]!], attribute.OutputToken);
        Assert.Equal((string)expected["limit_key"]!, attribute.LimitKey);
        Assert.NotNull(method.ReturnType.GetProperty((string)expected["result_key"]!));
    }
}
