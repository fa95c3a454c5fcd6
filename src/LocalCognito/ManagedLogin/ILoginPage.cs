namespace LocalCognito.ManagedLogin;

/// <summary>One managed login page: shown by GET, its form answered by POST (after the CSRF check).</summary>
public interface ILoginPage
{
    /// <summary>The page's path under the domain (see <see cref="LoginPaths"/>).</summary>
    string Path { get; }

    IResult Show(LoginContext context);

    IResult Submit(LoginContext context, IFormCollection form);
}
