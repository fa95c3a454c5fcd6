using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Conformance.Tests.Infrastructure;

/// <summary>One AWS CLI call: assert success (and read its JSON) or a specific service error.</summary>
public sealed partial class AwsCliResult(string operation, ProcessResult process)
{
    public ProcessResult Process { get; } = process;

    /// <summary>Asserts the call succeeded and returns its JSON output (an empty object when it printed nothing).</summary>
    public JsonObject ShouldSucceed()
    {
        if (Process.ExitCode != 0)
        {
            Assert.Fail($"Expected {operation} to succeed.{Environment.NewLine}{Process.Transcript}");
        }

        var text = Process.StandardOutput.Trim();
        if (text.Length == 0)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(text)?.AsObject() ?? [];
        }
        catch (System.Text.Json.JsonException e)
        {
            Assert.Fail($"{operation} printed output that is not a JSON object: {e.Message}{Environment.NewLine}{Process.Transcript}");
            throw; // not reached
        }
    }

    /// <summary>Asserts the call failed with exactly this error code and message, as the CLI printed them.</summary>
    public void ShouldFailWith(string errorCode, string message)
    {
        var (actualCode, actualMessage) = ParseServiceError();
        Assert.True(
            actualCode == errorCode && actualMessage == message,
            $"Expected {operation} to fail with ({errorCode}) \"{message}\" but got ({actualCode}) \"{actualMessage}\".{Environment.NewLine}{Process.Transcript}");
    }

    /// <summary>Asserts the error code and returns the message (for messages the documentation does not fix).</summary>
    public string ShouldFailWithCode(string errorCode)
    {
        var (actualCode, actualMessage) = ParseServiceError();
        Assert.True(
            actualCode == errorCode,
            $"Expected {operation} to fail with {errorCode} but got ({actualCode}) \"{actualMessage}\".{Environment.NewLine}{Process.Transcript}");
        return actualMessage;
    }

    private (string Code, string Message) ParseServiceError()
    {
        if (Process.ExitCode == 0)
        {
            Assert.Fail($"Expected {operation} to fail, but it succeeded.{Environment.NewLine}{Process.Transcript}");
        }

        // The CLI prints: "An error occurred (<Code>) when calling the <Operation> operation: <message>"
        var match = ServiceError().Match(Process.StandardError);
        if (!match.Success)
        {
            Assert.Fail($"{operation} failed without a service error the CLI could parse.{Environment.NewLine}{Process.Transcript}");
        }

        return (match.Groups["code"].Value, match.Groups["message"].Value.TrimEnd('\r'));
    }

    [GeneratedRegex(@"An error occurred \((?<code>[^)]*)\) when calling the \w+ operation(?: \([^)]*\))?: (?<message>[^\n]*)")]
    private static partial Regex ServiceError();
}
