using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Reliability.Tests.Support;

namespace LoadTest;

/// <summary>
/// The measured phases for one emulator, at each client count: SignUp, ConfirmSignUp (of the users just signed up),
/// AdminInitiateAuth, and — where the emulator supports it — the full MFA sign-in
/// (AdminInitiateAuth ADMIN_USER_PASSWORD_AUTH + AdminRespondToAuthChallenge SOFTWARE_TOKEN_MFA).
/// </summary>
public sealed class LoadPlan(EmulatorTarget target, IReadOnlyList<int> clientCounts, TimeSpan phase, int enrolledUsers, TextWriter log)
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..6];
    private readonly List<LoadResult> _results = [];

    public async Task<IReadOnlyList<LoadResult>> RunAsync()
    {
        log.WriteLine($"[{target.Name}] warming up");
        var warm = await SignUpAsync("warm", 8, count: 400, duration: null, record: false);
        var warmConfirmed = await ConfirmAsync(warm, 8, record: false);
        await AdminInitiateAuthAsync(warmConfirmed, 8, TimeSpan.FromSeconds(2), record: false, enrolled: false);

        EnrolledUserPool? enrolled = null;
        if (target.SupportsMfa)
        {
            log.WriteLine($"[{target.Name}] enrolling {enrolledUsers} users in TOTP MFA");
            enrolled = await EnrolAsync(enrolledUsers);
            await MfaSignInAsync(enrolled, 8, TimeSpan.FromSeconds(2), record: false);
        }

        foreach (var clients in clientCounts)
        {
            log.WriteLine($"[{target.Name}] {clients} clients");
            var signedUp = await SignUpAsync($"c{clients}", clients, count: null, duration: phase, record: true);
            var confirmed = await ConfirmAsync(signedUp, clients, record: true);
            if (enrolled is not null)
            {
                await AdminInitiateAuthAsync(enrolled.Snapshot(), clients, phase, record: true, enrolled: true);
                await MfaSignInAsync(enrolled, clients, phase, record: true);
            }
            else
            {
                await AdminInitiateAuthAsync(confirmed, clients, phase, record: true, enrolled: false);
            }
        }
        return _results;
    }

    private MfaUserJourney User(string name) => new(target.Cognito, target.PoolId, target.ClientId, name);

    private async Task<IReadOnlyList<MfaUserJourney>> SignUpAsync(string tag, int clients, int? count, TimeSpan? duration, bool record)
    {
        var done = new ConcurrentQueue<MfaUserJourney>();
        var result = await MeasuredAsync(target.Name, "SignUp", clients, count, duration, async (i, ct) =>
        {
            var user = User($"b{_run}-{tag}-{i:D6}");
            await user.SignUpAsync(ct);
            done.Enqueue(user);
        });
        Keep(result, record);
        return [.. done];
    }

    private async Task<IReadOnlyList<MfaUserJourney>> ConfirmAsync(IReadOnlyList<MfaUserJourney> users, int clients, bool record)
    {
        var codes = await target.ConfirmationCodesAsync(users.Select(u => u.Username).ToList());
        var done = new ConcurrentQueue<MfaUserJourney>();
        var result = await MeasuredAsync(target.Name, "ConfirmSignUp", clients, users.Count, null, async (i, ct) =>
        {
            var user = users[i];
            await target.Cognito.CallAsync("ConfirmSignUp", new JsonObject
            {
                ["ClientId"] = target.ClientId,
                ["Username"] = user.Username,
                ["ConfirmationCode"] = codes[user.Username],
            }, ct);
            done.Enqueue(user);
        });
        Keep(result, record);
        return [.. done];
    }

    private async Task AdminInitiateAuthAsync(IReadOnlyList<MfaUserJourney> users, int clients, TimeSpan duration, bool record, bool enrolled)
    {
        // LocalCognito's pool requires MFA, so this is the password step answered with a challenge;
        // cognito-local's pool has MFA off, so there it is a whole sign-in answered with tokens.
        if (users.Count == 0)
        {
            log.WriteLine("  AdminInitiateAuth skipped: no users to sign in");
            return;
        }
        var expected = !target.SupportsMfa ? null : enrolled ? "SOFTWARE_TOKEN_MFA" : "MFA_SETUP";
        var name = target.SupportsMfa ? "AdminInitiateAuth (password step -> MFA challenge)" : "AdminInitiateAuth (no MFA -> tokens)";
        var result = await MeasuredAsync(target.Name, name, clients, null, duration, async (i, ct) =>
        {
            var (challenge, _) = await users[i % users.Count].AdminSignInAsync(ct);
            if (challenge != expected)
            {
                throw new InvalidOperationException($"challenge {challenge ?? "none"}, expected {expected ?? "none"}");
            }
        });
        Keep(result, record);
    }

    private async Task MfaSignInAsync(EnrolledUserPool pool, int clients, TimeSpan duration, bool record)
    {
        var result = await MeasuredAsync(target.Name, "Full MFA sign-in (AdminInitiateAuth + SOFTWARE_TOKEN_MFA)",
            clients, null, duration, async (_, ct) =>
            {
                var user = await pool.TakeAsync(ct);
                try
                {
                    await user.SignInWithTotpAsync(ct);
                }
                finally
                {
                    pool.Return(user);
                }
            });
        if (pool.Waits > 0)
        {
            log.WriteLine($"  note: {pool.Waits} waits for a user with an unused TOTP step; use more --enrolled users");
        }
        Keep(result, record);
    }

    private async Task<EnrolledUserPool> EnrolAsync(int count)
    {
        var signedUp = await SignUpAsync("mfa", 64, count, duration: null, record: false);
        var confirmed = await ConfirmAsync(signedUp, 64, record: false);
        var enrolled = new ConcurrentQueue<MfaUserJourney>();
        var result = await MeasuredAsync(target.Name, "enrol", 64, confirmed.Count, null, async (i, ct) =>
        {
            var user = confirmed[i];
            var session = await user.EnrolTotpAsync(ct);
            await user.CompleteMfaSetupAsync(session, ct);
            enrolled.Enqueue(user);
        });
        if (result.Failed > 0)
        {
            log.WriteLine($"  {result.Failed} enrolments failed; first: {result.FirstError}");
        }
        return new EnrolledUserPool(enrolled);
    }

    /// <summary>Runs a phase and adds what it cost in CPU, on the server and in this generator.</summary>
    private async Task<LoadResult> MeasuredAsync(string targetName, string name, int clients, int? count, TimeSpan? duration,
        Func<int, CancellationToken, Task> operation)
    {
        var server = target.Server.CpuTime();
        var generator = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var result = await LoadRunner.RunAsync(targetName, name, clients, count, duration, operation);
        var serverCpu = target.Server.CpuTime() - server;
        var generatorCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - generator;
        var completed = Math.Max(1, result.Completed);
        return result with
        {
            ServerCpuMsPerOp = serverCpu.TotalMilliseconds / completed,
            GeneratorCpuMsPerOp = generatorCpu.TotalMilliseconds / completed,
        };
    }

    private void Keep(LoadResult result, bool record)
    {
        if (result.Failed > 0)
        {
            log.WriteLine($"  {result.Operation} x{result.Clients}: {result.Failed} failed; first: {result.FirstError}");
        }
        if (record)
        {
            _results.Add(result);
            log.WriteLine($"  {ResultsTable.Row(result)}");
        }
    }
}
