using System.Diagnostics.CodeAnalysis;
using LocalCognito.Store;

namespace LocalCognito.OAuth;

/// <summary>
/// The outcome of <see cref="AuthorizeRequestValidator"/>: either a request the pages may sign a user in
/// for (with its pool, client and the scopes to grant), or the error to show or redirect with.
/// </summary>
public sealed class AuthorizeValidation
{
    private AuthorizeValidation(AuthorizeRequest? request, UserPool? pool, AppClient? client, AuthorizeError? error)
    {
        Request = request;
        Pool = pool;
        Client = client;
        Error = error;
    }

    /// <summary>The request, with Scopes filled in from the client's AllowedOAuthScopes when the app sent none.</summary>
    public AuthorizeRequest? Request { get; }
    public UserPool? Pool { get; }
    public AppClient? Client { get; }
    public AuthorizeError? Error { get; }

    [MemberNotNullWhen(true, nameof(Request), nameof(Pool), nameof(Client))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Error is null;

    internal static AuthorizeValidation Valid(AuthorizeRequest request, UserPool pool, AppClient client) => new(request, pool, client, null);

    internal static AuthorizeValidation Refused(AuthorizeError error) => new(null, null, null, error);
}
