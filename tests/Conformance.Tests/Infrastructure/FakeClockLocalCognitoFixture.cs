using LocalCognito;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// LocalCognito on a clock the test moves (sessions, confirmation codes, TOTP and tokens follow it;
/// SigV4 keeps the real clock). Starts at the real time so tokens and codes look current.
/// </summary>
public sealed class FakeClockLocalCognitoFixture : LocalCognitoFixture
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override LocalCognitoOptions CreateOptions() => new() { TimeProvider = Clock };
}
