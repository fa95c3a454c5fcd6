using System.Net;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoIdentityProvider.Client.Tests.Infrastructure;

namespace CognitoIdentityProvider.Client.Tests;

/// <summary>Every modelled error code becomes its typed exception, whichever way the service names it.</summary>
public sealed class ErrorMappingTests
{
    public enum CodeStyle { PlainType, PrefixedType, HeaderOnly }

    /// <summary>Every exception class the client defines, i.e. every error code its operations declare.</summary>
    public static IEnumerable<object[]> ErrorCodesAndStyles =>
        typeof(AmazonCognitoIdentityProviderException).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(AmazonCognitoIdentityProviderException)))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)
            .SelectMany(code => Enum.GetValues<CodeStyle>().Select(style => new object[] { code, style }));

    [Fact]
    public void DefinesTheErrorsTheScenarioHandles()
    {
        var names = ErrorCodesAndStyles.Select(row => (string)row[0]).ToHashSet();
        foreach (var expected in new[]
                 {
                     nameof(UsernameExistsException), nameof(InvalidPasswordException), nameof(CodeMismatchException),
                     nameof(ExpiredCodeException), nameof(NotAuthorizedException), nameof(UserNotFoundException),
                     nameof(UserNotConfirmedException), nameof(EnableSoftwareTokenMFAException), nameof(InvalidParameterException),
                     nameof(ResourceNotFoundException), nameof(TooManyRequestsException), nameof(LimitExceededException),
                     nameof(InternalErrorException), nameof(SoftwareTokenMFANotFoundException),
                 })
        {
            Assert.Contains(expected, names);
        }
    }

    [Theory]
    [MemberData(nameof(ErrorCodesAndStyles))]
    public async Task MapsTheErrorToItsTypedException(string code, CodeStyle style)
    {
        var status = code == nameof(InternalErrorException) ? HttpStatusCode.InternalServerError : HttpStatusCode.BadRequest;
        await using var server = FakeCognitoServer.Start();
        server.Enqueue(ErrorResponse(code, style, status, "Something specific went wrong."));
        using var client = TestClients.For(server);

        var error = await Assert.ThrowsAnyAsync<AmazonCognitoIdentityProviderException>(
            () => client.GetUserAsync(new GetUserRequest { AccessToken = "at" }));

        Assert.Equal(code, error.GetType().Name);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(FakeCognitoServer.RequestIdFor(1), error.RequestId);
        Assert.Equal("Something specific went wrong.", error.Message);
    }

    [Fact]
    public async Task CarriesTheReasonCodeOfInvalidParameter()
    {
        await using var server = FakeCognitoServer.Start();
        server.Enqueue(new CannedResponse(400,
            """{"__type":"InvalidParameterException","message":"Invalid attributes given","reasonCode":"INVALID_EMAIL_ADDRESS"}"""));
        using var client = TestClients.For(server);

        var error = await Assert.ThrowsAsync<InvalidParameterException>(
            () => client.SignUpAsync(new SignUpRequest { ClientId = "c", Username = "u" }));

        Assert.Equal("INVALID_EMAIL_ADDRESS", error.ReasonCode);
        Assert.Equal("Invalid attributes given", error.Message);
    }

    [Theory]
    [InlineData(nameof(InvalidParameterException))]
    [InlineData(nameof(CodeMismatchException))]
    public async Task AnEmptyErrorBodyStillMapsByHeader(string code)
    {
        await using var server = FakeCognitoServer.Start();
        server.Enqueue(new CannedResponse(400, "", new Dictionary<string, string> { ["x-amzn-ErrorType"] = code + ":" }));
        using var client = TestClients.For(server);

        var error = await Assert.ThrowsAnyAsync<AmazonCognitoIdentityProviderException>(
            () => client.GetUserAsync(new GetUserRequest { AccessToken = "at" }));

        Assert.Equal(code, error.GetType().Name);
        Assert.Equal(code, error.ErrorCode);
    }

    [Fact]
    public async Task UnknownCodesSurfaceAsTheServiceException()
    {
        await using var server = FakeCognitoServer.Start();
        server.Enqueue(new CannedResponse(400, """{"__type":"SomethingNewException","message":"new"}"""));
        using var client = TestClients.For(server);

        var error = await Assert.ThrowsAsync<AmazonCognitoIdentityProviderException>(
            () => client.GetUserAsync(new GetUserRequest { AccessToken = "at" }));

        Assert.Equal("SomethingNewException", error.ErrorCode);
        Assert.Equal("new", error.Message);
    }

    private static CannedResponse ErrorResponse(string code, CodeStyle style, HttpStatusCode status, string message) => style switch
    {
        CodeStyle.PlainType => new CannedResponse((int)status, $$"""{"__type":"{{code}}","message":"{{message}}"}"""),
        CodeStyle.PrefixedType => new CannedResponse((int)status,
            $$"""{"__type":"com.amazonaws.cognito.identity.idp.model#{{code}}","message":"{{message}}"}"""),
        // No __type in the body: the code comes from the header (name, then a colon and an optional namespace).
        CodeStyle.HeaderOnly => new CannedResponse((int)status, $$"""{"message":"{{message}}"}""",
            new Dictionary<string, string> { ["x-amzn-ErrorType"] = $"{code}:http://internal.amazon.com/coral/com.amazonaws.cognito.identity.idp.model/" }),
        _ => throw new ArgumentOutOfRangeException(nameof(style)),
    };
}
