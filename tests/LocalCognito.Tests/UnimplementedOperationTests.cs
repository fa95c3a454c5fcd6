using System.Runtime.CompilerServices;
using LocalCognito.Operations;
using LocalCognito.Protocol;

namespace LocalCognito.Tests;

/// <summary>
/// A Cognito operation LocalCognito lacks answers Cognito's UnknownOperationException (what SDKs already parse) with a
/// message saying it is LocalCognito that lacks it and where the list is; any other name stays a plain unknown operation.
/// </summary>
public sealed class UnimplementedOperationTests
{
    private const string Prefix = "AWSCognitoIdentityProviderService.";

    public static TheoryData<string> NotImplemented()
    {
        var implemented = typeof(ICognitoOperation).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICognitoOperation).IsAssignableFrom(t))
            .Select(t => ((ICognitoOperation)RuntimeHelpers.GetUninitializedObject(t)).Name)
            .ToHashSet(StringComparer.Ordinal);
        return [.. CognitoOperationNames.LoadEmbedded().All.Where(name => !implemented.Contains(name)).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void The_list_of_Cognito_operations_is_exactly_the_modelled_operations()
    {
        // spec/ now models the whole API, so every Cognito operation is validated against the model.
        var all = CognitoOperationNames.LoadEmbedded();
        Assert.Equal(all.All.Order(StringComparer.Ordinal), ServiceModel.LoadEmbedded().OperationNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_Cognito_operation_LocalCognito_lacks_says_so_and_points_to_the_list()
    {
        await using var t = await TestServer.StartAsync();
        foreach (var operation in NotImplemented())
        {
            var (status, body, response) = await t.RawAsync(Prefix + operation, "{}");

            Assert.Equal(400, status);
            Assert.Equal("UnknownOperationException", body["__type"]!.GetValue<string>());
            Assert.Equal(
                $"LocalCognito (the local Amazon Cognito emulator) does not implement {operation}. The operations it implements are listed " +
                "in docs/local-cognito.md#compatibility of the CognitoMfaScenario repository.",
                body["message"]!.GetValue<string>());
            Assert.StartsWith("UnknownOperationException", response.Headers.GetValues("x-amzn-ErrorType").Single(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Prefix + "MakeCoffee")]
    [InlineData("SomeOtherService.SignUp")]
    public async Task A_name_that_is_no_Cognito_operation_stays_a_plain_unknown_operation(string target)
    {
        await using var t = await TestServer.StartAsync();

        var (status, body, _) = await t.RawAsync(target, "{}");

        Assert.Equal(400, status);
        Assert.Equal("UnknownOperationException", body["__type"]!.GetValue<string>());
        Assert.Equal($"Unknown operation {target}.", body["message"]!.GetValue<string>());
    }
}
