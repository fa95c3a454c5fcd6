namespace LocalCognito.Auth;

/// <summary>Whether the brute-force limits (sign-in lockout, code resends, code retries across resends) apply.</summary>
public sealed record LockoutSettings(bool Enabled);
