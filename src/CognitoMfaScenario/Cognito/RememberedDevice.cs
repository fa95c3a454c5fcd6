namespace CognitoMfaScenario.Cognito;

/// <summary>What a remembered device keeps: its key, its group key and its own password (a secret, never shown).</summary>
public sealed record RememberedDevice(string DeviceKey, string DeviceGroupKey, string DevicePassword);
