using CognitoMfaScenario.Tests.Support;
using CognitoMfaScenario.Ui;
using LocalCognito;
using Spectre.Console.Testing;

namespace CognitoMfaScenario.Tests;

/// <summary>
/// The whole unattended walk with --endpoint through an HTTP proxy that a person watches, to a standalone LocalCognito
/// on another port (real HTTP both ways). LocalCognito was started with a public URL (the proxy's port, by the name
/// localhost) while the scenario calls the proxy by address, so the tokens' issuer is not the --endpoint the scenario
/// was given: only the issuer the endpoint reports in its discovery document lets the token check pass.
/// </summary>
public sealed class ProxyEndToEndTests
{
    private const string Operation = "AWSCognitoIdentityProviderService.";

    [Fact]
    public async Task Non_interactive_run_through_a_watching_proxy_passes_every_step_with_the_reported_issuer()
    {
        await using var proxy = await WatchingProxy.StartAsync();
        var publicUrl = new Uri($"http://localhost:{proxy.Endpoint.Port}/");
        await using var server = await LocalCognitoServer.StartAsync(new LocalCognitoOptions { PublicUrl = publicUrl });
        proxy.Upstream = server.Endpoint;
        Assert.NotEqual(server.Endpoint.Port, proxy.Endpoint.Port);
        using var console = new TestConsole();
        console.Profile.Width = 400; // no wrapping inside asserted sentences

        var exitCode = await Program.RunAsync(
            ["--endpoint", proxy.Endpoint.ToString(), "--pool-id", server.UserPoolId, "--client-id", server.ClientId,
             "--non-interactive", "--username", "proxied-user"],
            new ConsoleIo(console, null), CancellationToken.None);

        var output = console.Output;
        var seen = proxy.Seen;
        var report = $"{output}{Environment.NewLine}Proxy saw:{Environment.NewLine}{string.Join(Environment.NewLine, seen)}";
        Assert.True(exitCode == 0, report);
        for (var step = 1; step <= StepTable.Count; step++)
        {
            Assert.Matches($@"Step {step}\. \S", output);
        }

        Assert.Contains("All 15 steps finished.", output);
        var issuer = $"http://localhost:{proxy.Endpoint.Port}/{server.UserPoolId}";
        var discovery = $"{proxy.Endpoint}{server.UserPoolId}/.well-known/openid-configuration";
        Assert.Contains($"Expected issuer {issuer}, as {discovery} reports it.", output);
        Assert.Contains($"Signatures checked with Microsoft.IdentityModel against the pool's keys at {issuer}/.well-known/jwks.json", output);
        Assert.Contains("valid (RS256", output);
        Assert.DoesNotContain("INVALID", output);
        Assert.DoesNotContain("not checked", output);

        // What the person at the proxy saw: the discovery document, the keys, the outbox and every step's Cognito calls.
        Assert.Contains($"GET /{server.UserPoolId}/.well-known/openid-configuration -> 200", seen);
        Assert.Contains($"GET /{server.UserPoolId}/.well-known/jwks.json -> 200", seen);
        Assert.Contains("GET /_local/outbox -> 200", seen);
        foreach (var operation in new[]
                 {
                     "SignUp", "ResendConfirmationCode", "ConfirmSignUp", "AdminGetUser", "ListUsers", "AdminInitiateAuth",
                     "AssociateSoftwareToken", "VerifySoftwareToken", "AdminRespondToAuthChallenge", "InitiateAuth",
                     "RespondToAuthChallenge", "ConfirmDevice", "GetUser", "GlobalSignOut", "ForgotPassword",
                     "ConfirmForgotPassword", "DeleteUser",
                 })
        {
            Assert.True(seen.Contains($"POST / {Operation}{operation} -> 200"), $"The proxy must have carried {operation}.{report}");
        }
    }
}
