using LocalCognito.ManagedLogin.Pages;

namespace LocalCognito.ManagedLogin;

/// <summary>The managed login pages' services and routes, added by <see cref="LocalCognitoServer"/>.</summary>
public static class ManagedLoginServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<LoginFlowStore>();
        services.AddSingleton<SignedInSessions>();
        services.AddSingleton<SignOutPage>();
        services.AddSingleton<ILoginActions, ApiLoginActions>();
        services.AddSingleton<ILoginGate, OAuthLoginGate>();
        services.AddSingleton<SignInProgress>();
        services.AddSingleton<LoginPageEndpoints>();
        services.AddSingleton<ILoginPage, SignInPage>();
        services.AddSingleton<ILoginPage, SignUpPage>();
        services.AddSingleton<ILoginPage, ConfirmSignUpPage>();
        services.AddSingleton<ILoginPage, MfaCodePage>();
        services.AddSingleton<ILoginPage, SelectMfaPage>();
        services.AddSingleton<ILoginPage, MfaSetupPage>();
        services.AddSingleton<ILoginPage, ForgotPasswordPage>();
        services.AddSingleton<ILoginPage, ConfirmForgotPasswordPage>();
        services.AddSingleton<ILoginPage, NewPasswordPage>();
    }

    public static void Map(WebApplication app)
    {
        LoginPageEndpoints.Map(app);
        SignOutPage.Map(app);
    }
}
