using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace LocalCognito.Triggers;

/// <summary>
/// Runs a local command through the shell: the event is written to its stdin, its stdout is the response. A non-zero
/// exit code is a function error whose message is the command's stderr (or its stdout when stderr is empty).
/// </summary>
public sealed class CommandTriggerInvoker(string commandLine) : ITriggerInvoker
{
    public async Task<string> InvokeAsync(string functionArn, JsonObject triggerEvent, CancellationToken cancellation)
    {
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/c", commandLine } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", commandLine } };
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment["AWS_LAMBDA_FUNCTION_NAME"] = LambdaFunctionName.From(functionArn).Name;

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new TriggerInvocationException("ServiceException");
        }
        catch (Win32Exception)
        {
            throw new TriggerInvocationException("ServiceException"); // no shell to run it
        }

        using var _ = process;
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellation);
            var errors = process.StandardError.ReadToEndAsync(cancellation);
            try
            {
                await process.StandardInput.WriteAsync(triggerEvent.ToJsonString().AsMemory(), cancellation);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The command exited without reading its input: its output still counts.
            }

            await process.WaitForExitAsync(cancellation);
            if (process.ExitCode != 0)
            {
                var message = (await errors).Trim();
                throw new TriggerFunctionException(message.Length > 0 ? message : (await output).Trim());
            }

            return await output;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }
}
