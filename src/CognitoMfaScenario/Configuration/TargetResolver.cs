using Amazon;
using Amazon.Extensions.NETCore.Setup;
using Amazon.Runtime;
using CognitoMfaScenario.Local;
using LocalCognito;

namespace CognitoMfaScenario.Configuration;

/// <summary>Where the run goes, the AWS SDK options to get there, and what to tell the user about it.</summary>
public sealed class ResolvedTarget(ScenarioTarget target, AWSOptions awsOptions, IReadOnlyList<string> notes, LocalCognitoServer? embeddedServer)
    : IAsyncDisposable
{
    public ScenarioTarget Target { get; internal set; } = target;

    public AWSOptions AwsOptions { get; } = awsOptions;

    /// <summary>Lines for the banner: which service, which pool, where that came from.</summary>
    public IReadOnlyList<string> Notes { get; } = notes;

    /// <summary>Why the embedded LocalCognito, started in the background, could not start; null while it runs or starts.</summary>
    public Exception? EmbeddedServerFailure =>
        embeddedServer?.Ready is { IsFaulted: true } ready ? ready.Exception.InnerException ?? ready.Exception : null;

    public ValueTask DisposeAsync() => embeddedServer?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>
/// Decides where the scenario runs: --local, else --endpoint, else a configured pool, else
/// cdk/cdk-outputs.json, else an embedded LocalCognito (so it runs with no AWS account at all).
/// </summary>
public static class TargetResolver
{
    /// <exception cref="OptionsException">Contradictory or incomplete options.</exception>
    public static async Task<ResolvedTarget> ResolveAsync(
        ScenarioOptions options,
        IEnumerable<string> cdkSearchDirectories,
        TimeProvider timeProvider,
        HttpClient httpClient,
        CancellationToken cancellationToken)
    {
        var (resolved, outputs) = await ResolveTargetAsync(options, cdkSearchDirectories, timeProvider, httpClient, cancellationToken).ConfigureAwait(false);
        // The browser sign-in's domain and redirect URI: configuration first, then what cdk/ deployed.
        resolved.Target = resolved.Target with
        {
            DomainBaseUrl = options.DomainBaseUrl ?? outputs?.DomainBaseUrl,
            CallbackUrl = options.CallbackUrl ?? outputs?.CallbackUrl,
        };
        return resolved;
    }

    private static async Task<(ResolvedTarget Resolved, CdkOutputs? Outputs)> ResolveTargetAsync(
        ScenarioOptions options,
        IEnumerable<string> cdkSearchDirectories,
        TimeProvider timeProvider,
        HttpClient httpClient,
        CancellationToken cancellationToken)
    {
        if (options.Local && options.Endpoint is not null)
        {
            throw new OptionsException("--local and --endpoint contradict each other: give one of them.");
        }

        if (options.Local)
        {
            return (StartEmbedded(options, timeProvider, "--local"), null);
        }

        if (options.Endpoint is not null)
        {
            return (await ForEndpointAsync(options, httpClient, cancellationToken).ConfigureAwait(false), null);
        }

        if (!string.IsNullOrWhiteSpace(options.PoolId) != !string.IsNullOrWhiteSpace(options.ClientId))
        {
            throw new OptionsException(options.PoolId is null
                ? "ClientId is set but PoolId is not: give both (--pool-id, --client-id), or neither to run locally."
                : "PoolId is set but ClientId is not: give both (--pool-id, --client-id), or neither to run locally.");
        }

        if (options.HasConfiguredPool)
        {
            return (ForAws(options, options.PoolId!, options.ClientId!, null, "configuration (settings, environment or command line)"), null);
        }

        if (CdkOutputs.Find(cdkSearchDirectories) is { } outputs)
        {
            return (ForAws(options, outputs.PoolId, outputs.ClientId, outputs.Region, outputs.SourcePath), outputs);
        }

        return (StartEmbedded(options, timeProvider, "no user pool configured"), null);
    }

    private static ResolvedTarget StartEmbedded(ScenarioOptions options, TimeProvider timeProvider, string reason)
    {
        // Not awaited: the server finishes starting while the banner shows and the first answers are typed.
        var server = EmbeddedLocalCognito.Start(timeProvider);
        var target = EmbeddedLocalCognito.TargetFor(server) with { ClientSecret = options.ClientSecret };
        var awsOptions = new AWSOptions
        {
            // NETCore.Setup resolves credentials when it creates the client: give explicit local ones,
            // so a machine without any AWS configuration works.
            Credentials = new BasicAWSCredentials(server.AccessKeyId, server.SecretAccessKey),
        };
        awsOptions.DefaultClientConfig.ServiceURL = server.Endpoint.ToString();
        awsOptions.DefaultClientConfig.AuthenticationRegion = server.Region;
        var notes = new List<string>
        {
            $"LocalCognito, embedded in this program ({reason}): {server.Endpoint} — nothing is sent to AWS, no account needed.",
            $"Pool {target.PoolId}, app client {target.ClientId}. Emails go to a local outbox shown on screen.",
            "To use Amazon Cognito instead: deploy cdk/ (cdk deploy --outputs-file cdk-outputs.json) or set PoolId and ClientId.",
        };
        return new ResolvedTarget(target, awsOptions, notes, server);
    }

    private static async Task<ResolvedTarget> ForEndpointAsync(ScenarioOptions options, HttpClient httpClient, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            throw new OptionsException($"--endpoint needs an absolute http(s) URL, not '{options.Endpoint}'.");
        }

        if (!options.HasConfiguredPool)
        {
            throw new OptionsException("With --endpoint, also give --pool-id and --client-id (a standalone LocalCognito prints them when it starts).");
        }

        var region = options.Region ?? ScenarioTarget.PoolRegionOf(options.PoolId) ?? "us-east-1";
        var hasOutbox = await new OutboxReader(httpClient, endpoint).IsAvailableAsync(cancellationToken).ConfigureAwait(false);
        var target = new ScenarioTarget(TargetKind.Endpoint, options.PoolId!, options.ClientId!, options.ClientSecret, region, endpoint, hasOutbox);

        var awsOptions = new AWSOptions();
        awsOptions.DefaultClientConfig.ServiceURL = endpoint.ToString();
        awsOptions.DefaultClientConfig.AuthenticationRegion = region;
        string credentials;
        if (options.Profile is not null)
        {
            awsOptions.Profile = options.Profile;
            credentials = $"profile {options.Profile}";
        }
        else if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID")))
        {
            credentials = "the AWS_ACCESS_KEY_ID environment variables";
        }
        else
        {
            // LocalCognito's default IAM credentials, so admin calls work without any AWS setup.
            awsOptions.Credentials = new BasicAWSCredentials("local", "local");
            credentials = "LocalCognito's default credentials (local/local)";
        }

        var notes = new List<string>
        {
            $"Cognito-compatible endpoint {endpoint} (signing region {region}, {credentials}).",
            $"Pool {target.PoolId}, app client {target.ClientId}. " + (hasOutbox
                ? "It answers /_local/outbox, so emails are shown on screen."
                : "It has no local outbox: codes go where the service sends them."),
        };
        return new ResolvedTarget(target, awsOptions, notes, null);
    }

    private static ResolvedTarget ForAws(ScenarioOptions options, string poolId, string clientId, string? outputsRegion, string source)
    {
        var poolRegion = ScenarioTarget.PoolRegionOf(poolId);
        var region = options.Region ?? outputsRegion ?? poolRegion
            ?? throw new OptionsException($"Cannot tell the region of pool '{poolId}': give --region.");
        var awsOptions = new AWSOptions { Region = RegionEndpoint.GetBySystemName(region) };
        if (options.Profile is not null)
        {
            awsOptions.Profile = options.Profile;
        }

        var target = new ScenarioTarget(TargetKind.Aws, poolId, clientId, options.ClientSecret, region, null, HasOutbox: false);
        var notes = new List<string>
        {
            $"Amazon Cognito in {region}: pool {poolId}, app client {clientId} (from {source}).",
            options.Profile is null ? "Credentials: the standard AWS chain (environment, profile, SSO, instance role)." : $"Credentials: profile {options.Profile}.",
        };
        if (poolRegion is not null && !string.Equals(poolRegion, region, StringComparison.OrdinalIgnoreCase))
        {
            notes.Add($"Warning: the pool id says {poolRegion} but the region is {region}; Cognito will not find the pool there.");
        }

        return new ResolvedTarget(target, awsOptions, notes, null);
    }
}
