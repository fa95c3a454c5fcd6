using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Moq;

namespace CognitoIdentityProvider.Client.Tests;

/// <summary>Code under test can depend on the interface and mock it with Moq, as with the official package.</summary>
public sealed class MockingTests
{
    [Fact]
    public async Task MockedSignUpReturnsTheArrangedResponse()
    {
        var cognito = new Mock<IAmazonCognitoIdentityProvider>(MockBehavior.Strict);
        cognito.Setup(c => c.SignUpAsync(It.Is<SignUpRequest>(r => r.Username == "alice"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SignUpResponse { UserConfirmed = false, UserSub = "sub-1" });

        var response = await SignUpThroughInterface(cognito.Object, "alice");

        Assert.Equal("sub-1", response.UserSub);
        cognito.Verify(c => c.SignUpAsync(It.IsAny<SignUpRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task MockedErrorsAreTheTypedExceptions()
    {
        var cognito = new Mock<IAmazonCognitoIdentityProvider>();
        cognito.Setup(c => c.SignUpAsync(It.IsAny<SignUpRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new UsernameExistsException("User already exists"));

        var error = await Assert.ThrowsAsync<UsernameExistsException>(() => SignUpThroughInterface(cognito.Object, "alice"));
        Assert.Equal("User already exists", error.Message);
    }

    [Fact]
    public async Task PaginatorsCanBeMocked()
    {
        var paginator = new Mock<IListUsersPaginator>();
        paginator.SetupGet(p => p.Users).Returns(new Amazon.Runtime.PaginatedResponse<UserType>(new FixedPages<UserType>(
            [new UserType { Username = "a" }, new UserType { Username = "b" }])));
        var factory = new Mock<ICognitoIdentityProviderPaginatorFactory>();
        factory.Setup(f => f.ListUsers(It.IsAny<ListUsersRequest>())).Returns(paginator.Object);
        var cognito = new Mock<IAmazonCognitoIdentityProvider>();
        cognito.SetupGet(c => c.Paginators).Returns(factory.Object);

        var names = new List<string>();
        await foreach (var user in cognito.Object.Paginators.ListUsers(new ListUsersRequest()).Users)
        {
            names.Add(user.Username);
        }

        Assert.Equal(["a", "b"], names);
    }

    private static Task<SignUpResponse> SignUpThroughInterface(IAmazonCognitoIdentityProvider cognito, string username) =>
        cognito.SignUpAsync(new SignUpRequest { ClientId = "client", Username = username, Password = "Passw0rd!" });

    private sealed class FixedPages<T>(IReadOnlyList<T> items) : Amazon.Runtime.IPaginator<T>
    {
        public async IAsyncEnumerable<T> PaginateAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var item in items)
            {
                await Task.Yield();
                yield return item;
            }
        }
    }
}
