namespace CognitoIdentityProvider.Client.Tests;

/// <summary>Tests that change process-wide state (environment variables, AWSConfigs) run one at a time.</summary>
[CollectionDefinition(nameof(ProcessWideSettings), DisableParallelization = true)]
public sealed class ProcessWideSettings;
