using System.Text.Json;
using LocalCognito.Store;

namespace LocalCognito.Outbox;

/// <summary>
/// Local stand-in for email: keeps every code sent, prints it in a box in the server log (when logging is on),
/// and appends it to outbox.jsonl in the data directory (when there is one, reloaded at start).
/// </summary>
public sealed class MessageOutbox
{
    public const string ConfirmationCodeKind = "CONFIRMATION_CODE";
    public const string TemporaryPasswordKind = "TEMPORARY_PASSWORD";
    public const string PasswordResetCodeKind = "PASSWORD_RESET_CODE";
    /// <summary>An email MFA code (EMAIL_OTP after a password, or while setting up email MFA).</summary>
    public const string MfaCodeKind = "MFA_CODE";
    /// <summary>A passwordless sign-in code (USER_AUTH with the EMAIL_OTP first factor).</summary>
    public const string SignInCodeKind = "SIGN_IN_CODE";

    private static readonly JsonSerializerOptions FileFormat = new(JsonSerializerDefaults.Web);
    private readonly List<OutboxMessage> _messages = new();
    private readonly Lock _sync = new();
    private readonly string? _file;
    private readonly ILogger _logger;

    public MessageOutbox(string? dataDirectory, ILogger logger)
    {
        _logger = logger;
        if (dataDirectory is null)
        {
            return;
        }

        _file = Path.Combine(dataDirectory, DataFolder.OutboxFile);
        if (!File.Exists(_file))
        {
            return;
        }

        foreach (var line in File.ReadLines(_file).Where(line => line.Length > 0))
        {
            try
            {
                if (JsonSerializer.Deserialize<OutboxMessage>(line, FileFormat) is { } message)
                {
                    _messages.Add(message);
                }
            }
            catch (JsonException)
            {
                // A line torn by a crash mid-append is skipped; the rest of the outbox stays readable.
            }
        }
    }

    public IReadOnlyList<OutboxMessage> Snapshot()
    {
        lock (_sync)
        {
            return _messages.ToList();
        }
    }

    public void Send(OutboxMessage message)
    {
        lock (_sync)
        {
            _messages.Add(message);
            if (_file is not null)
            {
                DataFolder.AppendPrivate(_file, JsonSerializer.Serialize(message, FileFormat) + "\n");
            }
        }
        // A confirmation code is printed on purpose: this log line is the local "email". Passwords and tokens never are.
        // One log entry per line keeps the box intact under single-line console formatters.
        if (_logger.IsEnabled(LogLevel.Information))
        {
            foreach (var line in Box(message))
            {
                _logger.LogInformation("{OutboxLine}", line);
            }
        }
    }

    private static IEnumerable<string> Box(OutboxMessage message)
    {
        string[] lines =
        [
            $"LocalCognito outbox: {message.Kind}",
            $"to:   {message.Username} <{message.Destination}>",
            $"pool: {message.PoolId}",
            // A temporary password stays out of the log; GET /_local/outbox has it.
            message.Kind == TemporaryPasswordKind ? "code: (temporary password: see GET /_local/outbox)" : $"code: {message.Code}",
        ];
        var width = lines.Max(line => line.Length) + 2;
        var edge = "+" + new string('-', width) + "+";
        return [edge, .. lines.Select(line => "| " + line.PadRight(width - 1) + "|"), edge];
    }
}
