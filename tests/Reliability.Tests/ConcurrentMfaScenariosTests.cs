using LocalCognito;
using Reliability.Tests.Support;
using Reliability.Tests.Wire;

namespace Reliability.Tests;

/// <summary>Many users running the whole MFA scenario at the same moment against one LocalCognito.</summary>
public sealed class ConcurrentMfaScenariosTests
{
    private const int Users = 200;

    [Fact]
    public async Task Two_hundred_simultaneous_mfa_scenarios_all_succeed_and_every_user_is_confirmed()
    {
        using var serverLog = new ServerErrorLog();
        await using var server = await LocalCognitoServer.StartAsync(new LocalCognitoOptions { LoggerFactory = serverLog });
        using var http = LoopbackHttp.Create();
        var cognito = new CognitoWireClient(http, server.Endpoint,
            new SigV4Signer(server.AccessKeyId, server.SecretAccessKey, server.Region));
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var prefix = $"conc{Guid.NewGuid():N}"[..12];
        var usernames = Enumerable.Range(0, Users).Select(i => $"{prefix}-{i:D3}").ToArray();

        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var scenarios = usernames
            .Select(name => RunScenarioAsync(new MfaUserJourney(cognito, server.UserPoolId, server.ClientId, name), go.Task, deadline.Token))
            .ToArray();
        go.SetResult();
        var failures = (await Task.WhenAll(scenarios)).OfType<string>().ToList();

        Assert.True(failures.Count == 0,
            $"{failures.Count} of {Users} scenarios failed:\n{string.Join("\n", failures.Take(10))}\n{serverLog.Describe()}");
        var listed = (await PoolUsers.ListAllAsync(cognito, server.UserPoolId, deadline.Token))
            .Where(u => u.Username.StartsWith(prefix, StringComparison.Ordinal))
            .ToList();
        Assert.Equal(usernames.Order(), listed.Select(u => u.Username).Order());
        Assert.All(listed, u => Assert.Equal("CONFIRMED", u.Status));
    }

    /// <summary>Runs the scenario's steps for one user; returns null on success, else what went wrong.</summary>
    private static async Task<string?> RunScenarioAsync(MfaUserJourney user, Task go, CancellationToken ct)
    {
        await go;
        var step = "SignUp";
        try
        {
            await user.SignUpAsync(ct);
            step = "ConfirmSignUp";
            await user.ConfirmFromOutboxAsync(ct);
            step = "MFA enrolment";
            var session = await user.EnrolTotpAsync(ct);
            step = "MFA_SETUP completion";
            var setupToken = await user.CompleteMfaSetupAsync(session, ct);
            step = "MFA sign-in";
            var signInToken = await user.SignInWithTotpAsync(ct);

            // Concurrent sessions must never be crossed: each token belongs to the user who asked.
            foreach (var token in new[] { setupToken, signInToken })
            {
                var owner = JwtClaims.Payload(token)["username"]?.GetValue<string>();
                if (!string.Equals(owner, user.Username, StringComparison.OrdinalIgnoreCase))
                {
                    return $"{user.Username}: access token issued for '{owner}'";
                }
            }
            return null;
        }
        catch (Exception e) when (e is WireCallException or InvalidOperationException or HttpRequestException
                                      or TaskCanceledException)
        {
            return $"{user.Username} at {step}: {e.GetType().Name}: {e.Message}";
        }
    }
}
