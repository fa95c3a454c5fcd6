namespace LocalCognito.SignIn;

/// <summary>Registers the sign-in: router, steps, completion, and every challenge handler and first factor in this assembly.</summary>
public static class SignInServices
{
    public static IServiceCollection AddSignIn(this IServiceCollection services)
    {
        services.AddSingleton<SignInRouter>();
        services.AddSingleton<SignInSessions>();
        services.AddSingleton<SignInUsers>();
        services.AddSingleton<SignInCompletion>();
        services.AddSingleton<AfterPassword>();
        services.AddSingleton<MfaStep>();
        services.AddSingleton<EmailCodeIssuer>();
        services.AddSingleton<RememberedDevices>();
        services.AddSingleton<OneTimeAnswerCheck>();
        services.AddSingleton<FirstFactors>();
        services.AddSingleton<UnknownUserSignIn>();
        // One instance per class, registered under each role it plays (a first factor may also answer its challenge).
        foreach (var type in typeof(SignInServices).Assembly.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false }))
        {
            var isHandler = typeof(IChallengeHandler).IsAssignableFrom(type);
            var isFactor = typeof(IFirstFactor).IsAssignableFrom(type);
            if (isHandler || isFactor)
            {
                services.AddSingleton(type);
            }

            if (isHandler)
            {
                services.AddSingleton(typeof(IChallengeHandler), provider => provider.GetRequiredService(type));
            }

            if (isFactor)
            {
                services.AddSingleton(typeof(IFirstFactor), provider => provider.GetRequiredService(type));
            }
        }

        return services;
    }
}
