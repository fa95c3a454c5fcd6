using System.Runtime.CompilerServices;
using LocalCognito.Operations;
using LocalCognito.Protocol;

namespace LocalCognito.Tests;

public sealed class ServiceModelTests
{
    private static IEnumerable<Type> Implementations() => typeof(ICognitoOperation).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICognitoOperation).IsAssignableFrom(t));

    // The embedded model is spec/'s, which the client is generated from; it may hold more operations than
    // LocalCognito implements (those answer UnknownOperationException), but every implemented operation must be in
    // it, or its requests would go unvalidated and its signing rule unknown.
    [Fact]
    public void Every_implemented_operation_is_in_the_model()
    {
        var modelled = ServiceModel.LoadEmbedded().OperationNames.ToHashSet();
        Assert.All(Implementations(), type => Assert.Contains(type.Name, modelled));
    }

    // The check above goes by class name; the dispatcher goes by Name, so the two must agree.
    [Fact]
    public void Every_implementation_is_named_after_its_operation() =>
        Assert.All(Implementations(), type =>
            Assert.Equal(type.Name, ((ICognitoOperation)RuntimeHelpers.GetUninitializedObject(type)).Name));

    [Theory]
    [InlineData("SignUp", false)]
    [InlineData("InitiateAuth", false)]
    [InlineData("RespondToAuthChallenge", false)]
    [InlineData("AdminInitiateAuth", true)]
    [InlineData("ListUsers", true)]
    [InlineData("CreateUserPool", true)]
    public void SigV4_is_required_exactly_where_the_model_has_no_noAuth(string operation, bool signed) =>
        Assert.Equal(signed, ServiceModel.LoadEmbedded().RequiresSigV4(operation));
}
