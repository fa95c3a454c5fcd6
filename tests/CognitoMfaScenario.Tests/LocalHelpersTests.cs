using System.Net;
using System.Security.Cryptography;
using System.Text;
using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Local;
using CognitoMfaScenario.Mfa;
using CognitoMfaScenario.Ui;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;

namespace CognitoMfaScenario.Tests;

public sealed class LocalHelpersTests
{
    // RFC 6238 appendix B, SHA-1 seed "12345678901234567890" (base32 below): T = 59 s gives 94287082,
    // T = 1111111109 s gives 07081804; authenticators show the last 6 digits.
    private const string RfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    public void Built_in_authenticator_matches_the_RFC_6238_test_vectors(long unixSeconds, string expected)
    {
        var authenticator = new BuiltInAuthenticator(RfcSecret, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

        Assert.Equal(expected, authenticator.NextCode());
    }

    [Fact]
    public void After_a_code_was_used_the_next_step_code_comes_at_once_and_then_it_refuses_instead_of_waiting()
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(59)); // step 1, 1 s before step 2
        var authenticator = new BuiltInAuthenticator(RfcSecret, time);

        var first = authenticator.NextCode();
        var second = authenticator.NextCode();

        Assert.Equal(authenticator.CodeForStep(1), first);
        Assert.Equal(authenticator.CodeForStep(2), second); // one step early: Cognito accepts it
        var error = Assert.Throws<InvalidOperationException>(() => authenticator.NextCode());
        Assert.Contains("next one comes in 1 s", error.Message);

        time.Advance(TimeSpan.FromSeconds(31)); // now in step 2: step 3 is one step early again
        Assert.Equal(authenticator.CodeForStep(3), authenticator.NextCode());
    }

    [Theory]
    [InlineData(0, 30)]
    [InlineData(10, 20)]
    [InlineData(29, 1)]
    public void Seconds_until_the_next_code(long unixSeconds, int expected) =>
        Assert.Equal(expected, TotpClock.SecondsUntilNextCode(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public async Task Outbox_reader_asks_for_the_user_and_pool_and_returns_the_newest_message()
    {
        var handler = new StubHandler("""
            [
              {"poolId":"us-east-1_P","username":"ann","destination":"a***@e***","kind":"SignUp","code":"111111","sentAt":"2026-01-01T10:00:00Z"},
              {"poolId":"us-east-1_P","username":"ann","destination":"a***@e***","kind":"MFA_CODE","code":"222222","sentAt":"2026-01-01T10:05:00Z","subject":"Your sign-in code"},
              {"poolId":"us-east-1_P","username":"bob","destination":"b***@e***","kind":"SignUp","code":"333333","sentAt":"2026-01-01T10:06:00Z"}
            ]
            """);
        using var http = new HttpClient(handler);
        var reader = new OutboxReader(http, new Uri("http://127.0.0.1:9229"));

        var email = await reader.LatestForAsync("us-east-1_P", "ann", CancellationToken.None);

        Assert.Equal(("222222", "MFA_CODE", "Your sign-in code"), (email?.Code, email?.Kind, email?.Subject));
        Assert.Equal("http://127.0.0.1:9229/_local/outbox?username=ann&poolId=us-east-1_P", handler.LastUri?.ToString());
        Assert.True(await reader.IsAvailableAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_server_without_an_outbox_is_detected()
    {
        using var http = new HttpClient(new StubHandler("not found", HttpStatusCode.NotFound));

        Assert.False(await new OutboxReader(http, new Uri("http://127.0.0.1:9/")).IsAvailableAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_endpoint_where_nothing_listens_is_reported_as_unreachable()
    {
        using var http = new HttpClient();
        var closed = new Uri($"http://127.0.0.1:{ClosedPort()}/");

        var error = await Assert.ThrowsAsync<ScenarioException>(() => new OutboxReader(http, closed).IsAvailableAsync(CancellationToken.None));

        Assert.StartsWith($"Cannot reach the endpoint {closed}", error.Message);
        Assert.Contains("--endpoint", error.Message);
    }

    [Fact]
    public async Task The_app_with_an_endpoint_where_nothing_listens_says_so_not_admin_confirm()
    {
        using var console = new TestConsole();
        console.Profile.Width = 300;
        var closed = $"http://127.0.0.1:{ClosedPort()}/";

        var exitCode = await Program.RunAsync(["--endpoint", closed, "--pool-id", "us-east-1_AbCdEfGhI", "--client-id", "abc", "--non-interactive"],
            new ConsoleIo(console, null), CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains($"Cannot reach the endpoint {closed}", console.Output);
        Assert.DoesNotContain("--admin-confirm", console.Output);
        Assert.DoesNotContain("   at ", console.Output);
    }

    /// <summary>A loopback port that was free a moment ago and has no listener now.</summary>
    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public void Generated_passwords_meet_the_default_policy_and_differ()
    {
        using var random = RandomNumberGenerator.Create();
        var passwords = Enumerable.Range(0, 50).Select(_ => NewUserDefaults.Password(random)).ToList();

        Assert.All(passwords, p =>
        {
            Assert.Equal(20, p.Length);
            Assert.Contains(p, char.IsUpper);
            Assert.Contains(p, char.IsLower);
            Assert.Contains(p, char.IsDigit);
            Assert.Contains(p, c => !char.IsLetterOrDigit(c));
        });
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
        Assert.Matches("^mfa-user-[a-z0-9]{8}$", NewUserDefaults.Username(random));
    }

    private sealed class StubHandler(string body, HttpStatusCode status = HttpStatusCode.OK) : HttpMessageHandler
    {
        public Uri? LastUri { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastUri = request.RequestUri;
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
