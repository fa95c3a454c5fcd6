namespace CognitoMfaScenario.Configuration;

/// <summary>Where the scenario's Cognito calls go.</summary>
public enum TargetKind
{
    /// <summary>LocalCognito started inside this process (nothing configured).</summary>
    EmbeddedLocal,

    /// <summary>Any Cognito-compatible endpoint given with --endpoint.</summary>
    Endpoint,

    /// <summary>Amazon Cognito, with the standard AWS credential and region chain.</summary>
    Aws,
}
