using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoIdentityProvider.Client.Tests.Infrastructure;

namespace CognitoIdentityProvider.Client.Tests;

/// <summary>The v4 model conventions code written against the official package relies on.</summary>
[Collection(nameof(ProcessWideSettings))]
public sealed class ModelSemanticsTests
{
    [Fact]
    public void CollectionsAreNullByDefault()
    {
        var request = new SignUpRequest();

        Assert.Null(request.UserAttributes);
        Assert.Null(request.ClientMetadata);
        Assert.Null(new UserType().Attributes);
    }

    [Fact]
    public async Task InitializedEmptyCollectionsAreNotSent()
    {
        var previous = AWSConfigs.InitializeCollections;
        AWSConfigs.InitializeCollections = true;
        try
        {
            var request = new SignUpRequest { ClientId = "c", Username = "u" };
            Assert.NotNull(request.UserAttributes);
            Assert.Empty(request.UserAttributes);

            await using var server = FakeCognitoServer.Start();
            server.EnqueueJson("""{"UserConfirmed":true,"UserSub":"s"}""");
            using var client = TestClients.For(server);
            await client.SignUpAsync(request);

            JsonAssert.Equivalent("""{"ClientId":"c","Username":"u"}""", server.SingleRequest.Body);
        }
        finally
        {
            AWSConfigs.InitializeCollections = previous;
        }
    }

    [Fact]
    public async Task ExplicitEmptyCollectionsAreSentByDefault()
    {
        await using var server = FakeCognitoServer.Start();
        server.EnqueueJson("""{"UserConfirmed":true,"UserSub":"s"}""");
        using var client = TestClients.For(server);

        await client.SignUpAsync(new SignUpRequest { ClientId = "c", Username = "u", UserAttributes = [] });

        JsonAssert.Equivalent("""{"ClientId":"c","Username":"u","UserAttributes":[]}""", server.SingleRequest.Body);
    }

    [Fact]
    public void ValueTypesAreNullableAndEnumsAreConstantClasses()
    {
        var response = new SignUpResponse();
        Assert.Null(response.UserConfirmed);
        Assert.Null(new AuthenticationResultType().ExpiresIn);
        Assert.Null(new UserType().UserCreateDate);

        ChallengeNameType fromString = "SOFTWARE_TOKEN_MFA";
        Assert.Same(ChallengeNameType.SOFTWARE_TOKEN_MFA, fromString);
        var unknown = ChallengeNameType.FindValue("FUTURE_CHALLENGE");
        Assert.Equal("FUTURE_CHALLENGE", unknown.Value);
        Assert.True(ChallengeNameType.MFA_SETUP == "MFA_SETUP");
    }

    [Fact]
    public async Task UnknownEnumValuesFromTheServiceSurvive()
    {
        await using var server = FakeCognitoServer.Start();
        server.EnqueueJson("""{"ChallengeName":"WEB_AUTHN_NEXT","Session":"s","ChallengeParameters":{}}""");
        using var client = TestClients.For(server);

        var response = await client.InitiateAuthAsync(new InitiateAuthRequest { ClientId = "c", AuthFlow = AuthFlowType.USER_AUTH });

        Assert.Equal("WEB_AUTHN_NEXT", response.ChallengeName.Value);
    }

    [Fact]
    public void TheClientIsAsyncOnlyAndPublicMembersMatchTheOfficialShape()
    {
        var methods = typeof(IAmazonCognitoIdentityProvider).GetMethods();
        Assert.DoesNotContain(methods, m => m.Name == "SignUp");
        var signUp = Assert.Single(methods, m => m.Name == "SignUpAsync");
        Assert.Equal(typeof(Task<SignUpResponse>), signUp.ReturnType);
        Assert.Equal([typeof(SignUpRequest), typeof(CancellationToken)], signUp.GetParameters().Select(p => p.ParameterType));
        Assert.True(signUp.GetParameters()[1].HasDefaultValue);
        Assert.True(typeof(Amazon.Runtime.AmazonServiceClient).IsAssignableFrom(typeof(AmazonCognitoIdentityProviderClient)));
        Assert.True(typeof(Amazon.Runtime.AmazonServiceException).IsAssignableFrom(typeof(CodeMismatchException)));
    }
}
