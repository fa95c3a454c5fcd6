using LocalCognito.Operations;
using LocalCognito.Protocol;

namespace LocalCognito.Tests;

public sealed class ServiceModelTests
{
    [Fact]
    public void Every_modelled_operation_is_implemented_and_every_implementation_is_modelled()
    {
        var model = ServiceModel.LoadEmbedded();
        var implemented = typeof(ICognitoOperation).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICognitoOperation).IsAssignableFrom(t))
            .Select(t => t.Name)
            .Order()
            .ToList();
        Assert.Equal(model.OperationNames.Order().ToList(), implemented);
    }

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
