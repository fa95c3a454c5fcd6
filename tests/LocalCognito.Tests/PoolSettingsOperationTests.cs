using System.Security.Cryptography.X509Certificates;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>Log delivery configuration, the signing certificate and the legacy (Admin)SetUserSettings.</summary>
public sealed class PoolSettingsOperationTests
{
    private static LogConfigurationType Notifications(string level = "ERROR") => new()
    {
        EventSource = EventSourceName.UserNotification,
        LogLevel = new LogLevel(level),
        CloudWatchLogsConfiguration = new CloudWatchLogsConfigurationType { LogGroupArn = "arn:aws:logs:us-east-1:000000000000:log-group:cognito" },
    };

    private static LogConfigurationType AuthEvents() => new()
    {
        EventSource = EventSourceName.UserAuthEvents,
        LogLevel = LogLevel.INFO,
        S3Configuration = new S3ConfigurationType { BucketArn = "arn:aws:s3:::auth-events" },
    };

    [Fact]
    public async Task A_log_delivery_configuration_is_stored_returned_and_replaced()
    {
        await using var t = await TestServer.StartAsync();
        var none = (await t.Client.GetLogDeliveryConfigurationAsync(new GetLogDeliveryConfigurationRequest { UserPoolId = t.PoolId })).LogDeliveryConfiguration;
        Assert.Equal(t.PoolId, none.UserPoolId);
        Assert.Empty(none.LogConfigurations);

        var set = await t.Client.SetLogDeliveryConfigurationAsync(new SetLogDeliveryConfigurationRequest { UserPoolId = t.PoolId, LogConfigurations = [Notifications()] });
        Assert.Equal("arn:aws:logs:us-east-1:000000000000:log-group:cognito", Assert.Single(set.LogDeliveryConfiguration.LogConfigurations).CloudWatchLogsConfiguration.LogGroupArn);
        var read = (await t.Client.GetLogDeliveryConfigurationAsync(new GetLogDeliveryConfigurationRequest { UserPoolId = t.PoolId })).LogDeliveryConfiguration;
        Assert.Equal(EventSourceName.UserNotification, Assert.Single(read.LogConfigurations).EventSource);
        Assert.Equal(LogLevel.ERROR, read.LogConfigurations[0].LogLevel);

        await t.Client.SetLogDeliveryConfigurationAsync(new SetLogDeliveryConfigurationRequest { UserPoolId = t.PoolId, LogConfigurations = [] });
        Assert.Empty((await t.Client.GetLogDeliveryConfigurationAsync(new GetLogDeliveryConfigurationRequest { UserPoolId = t.PoolId })).LogDeliveryConfiguration.LogConfigurations);
    }

    [Fact]
    public async Task Log_configurations_follow_the_documented_levels_destinations_and_plan()
    {
        await using var t = await TestServer.StartAsync();
        Task Set(params LogConfigurationType[] configurations) =>
            t.Client.SetLogDeliveryConfigurationAsync(new SetLogDeliveryConfigurationRequest { UserPoolId = t.PoolId, LogConfigurations = [.. configurations] });

        await Assert.ThrowsAsync<InvalidParameterException>(() => Set(Notifications("INFO")));
        await Assert.ThrowsAsync<InvalidParameterException>(() => Set(Notifications(), Notifications()));
        var noDestination = Notifications();
        noDestination.CloudWatchLogsConfiguration = null;
        await Assert.ThrowsAsync<InvalidParameterException>(() => Set(noDestination));
        var notPlus = await Assert.ThrowsAsync<FeatureUnavailableInTierException>(() => Set(AuthEvents()));
        Assert.Contains("PLUS", notPlus.Message);

        var plus = (await t.Client.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "plus", UserPoolTier = UserPoolTierType.PLUS })).UserPool;
        await t.Client.SetLogDeliveryConfigurationAsync(new SetLogDeliveryConfigurationRequest { UserPoolId = plus.Id, LogConfigurations = [Notifications(), AuthEvents()] });
        Assert.Equal(2, (await t.Client.GetLogDeliveryConfigurationAsync(new GetLogDeliveryConfigurationRequest { UserPoolId = plus.Id }))
            .LogDeliveryConfiguration.LogConfigurations.Count);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            t.Client.GetLogDeliveryConfigurationAsync(new GetLogDeliveryConfigurationRequest { UserPoolId = "us-east-1_NoSuchPool" }));
    }

    [Fact]
    public async Task The_signing_certificate_holds_the_pools_public_key_and_is_stable()
    {
        await using var t = await TestServer.StartAsync();
        var first = (await t.Client.GetSigningCertificateAsync(new GetSigningCertificateRequest { UserPoolId = t.PoolId })).Certificate;
        var second = (await t.Client.GetSigningCertificateAsync(new GetSigningCertificateRequest { UserPoolId = t.PoolId })).Certificate;
        Assert.Equal(first, second);

        using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(first));
        Assert.Contains(t.PoolId, certificate.Subject);
        var jwks = System.Text.Json.Nodes.JsonNode.Parse(await t.Http.GetStringAsync($"/{t.PoolId}/.well-known/jwks.json"))!;
        var modulus = jwks["keys"]![0]!["n"]!.GetValue<string>();
        using var rsa = certificate.GetRSAPublicKey()!;
        Assert.Equal(modulus, Base64Url(rsa.ExportParameters(false).Modulus!));
    }

    [Fact]
    public async Task Set_user_settings_accepts_no_SMS_options_and_refuses_SMS_which_is_not_emulated()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("sam");
        await t.Client.AdminSetUserSettingsAsync(new AdminSetUserSettingsRequest { UserPoolId = t.PoolId, Username = "sam", MFAOptions = [] });

        var sms = new MFAOptionType { DeliveryMedium = DeliveryMediumType.SMS, AttributeName = "phone_number" };
        var refused = await Assert.ThrowsAsync<InvalidParameterException>(() =>
            t.Client.AdminSetUserSettingsAsync(new AdminSetUserSettingsRequest { UserPoolId = t.PoolId, Username = "sam", MFAOptions = [sms] }));
        Assert.Contains("does not emulate SMS MFA", refused.Message);
        await Assert.ThrowsAsync<UserNotFoundException>(() =>
            t.Client.AdminSetUserSettingsAsync(new AdminSetUserSettingsRequest { UserPoolId = t.PoolId, Username = "nobody", MFAOptions = [] }));
        await Assert.ThrowsAsync<NotAuthorizedException>(() =>
            t.Client.SetUserSettingsAsync(new SetUserSettingsRequest { AccessToken = "not-a-token", MFAOptions = [] }));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
