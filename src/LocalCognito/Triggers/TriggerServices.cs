namespace LocalCognito.Triggers;

/// <summary>The trigger runner and one class per trigger, as services.</summary>
public static class TriggerServices
{
    public static void Add(IServiceCollection services, TriggerOptions options)
    {
        services.AddSingleton(options);
        services.AddHttpClient(TriggerRunner.HttpClientName);
        services.AddSingleton<TriggerRunner>();
        services.AddSingleton<PreSignUpTrigger>();
        services.AddSingleton<PostConfirmationTrigger>();
        services.AddSingleton<PreTokenGenerationTrigger>();
    }
}
