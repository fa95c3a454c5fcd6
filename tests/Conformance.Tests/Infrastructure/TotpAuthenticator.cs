using System.Globalization;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// An authenticator app for one enrolled secret, backed by oathtool (an RFC 6238 implementation no one
/// here wrote). Cognito rejects a code that was already used and accepts one 30-second step early or
/// late, so each new code comes from the step after the last one used.
/// </summary>
public sealed class TotpAuthenticator(string secretBase32)
{
    private const int StepSeconds = 30;

    private long _lastUsedStep;

    /// <summary>The last code handed out (for tests that replay it).</summary>
    public string? LastCode { get; private set; }

    /// <summary>A code the server accepts now and that has not been handed out before.</summary>
    public async Task<string> NextCodeAsync()
    {
        var step = Math.Max(CurrentStep(), _lastUsedStep + 1);
        // Beyond one step early the server would refuse it: wait for the clock to catch up.
        while (step > CurrentStep() + 1)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        _lastUsedStep = step;
        LastCode = (await CodesAsync(step, count: 1))[0];
        return LastCode;
    }

    /// <summary>The code of a step <paramref name="steps"/> ahead of now (not handed out: for refusal tests).</summary>
    public async Task<string> CodeStepsAheadAsync(int steps) => (await CodesAsync(CurrentStep() + steps, count: 1))[0];

    /// <summary>A well-formed 6-digit code that is valid for none of the steps around now.</summary>
    public async Task<string> WrongCodeAsync()
    {
        var nearby = await CodesAsync(CurrentStep() - 2, count: 5);
        var candidate = int.Parse(nearby[2], CultureInfo.InvariantCulture);
        string wrong;
        do
        {
            candidate = (candidate + 1) % 1_000_000;
            wrong = candidate.ToString("D6", CultureInfo.InvariantCulture);
        }
        while (nearby.Contains(wrong));

        return wrong;
    }

    private static long CurrentStep() => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / StepSeconds;

    private async Task<IReadOnlyList<string>> CodesAsync(long firstStep, int count)
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(firstStep * StepSeconds)
            .ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        // The secret goes through stdin ("-"), not the command line.
        var result = await ExternalProcess.RunAsync(
            Prerequisites.Oathtool(),
            ["--totp", "--base32", $"--window={count - 1}", "--now", at, "-"],
            "oathtool --totp",
            standardInput: secretBase32 + "\n");
        var codes = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (result.ExitCode != 0 || codes.Length != count || codes.Any(c => c.Length != 6))
        {
            Assert.Fail($"oathtool did not produce {count} TOTP code(s).{Environment.NewLine}{result.Transcript}");
        }

        return codes;
    }
}
