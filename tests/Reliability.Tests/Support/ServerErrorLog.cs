using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Reliability.Tests.Support;

/// <summary>
/// Collects the warnings and errors an in-process LocalCognito logs, so a failing test can say what the server
/// saw (e.g. the exception behind a 500) instead of only what the client got.
/// </summary>
public sealed class ServerErrorLog : ILoggerProvider, ILoggerFactory
{
    private const int Kept = 50;
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyCollection<string> Entries => _entries;

    public string Describe() => _entries.IsEmpty ? "(server logged no warnings or errors)"
        : "Server log:\n" + string.Join("\n", _entries.Take(10));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private void Add(string entry)
    {
        if (_entries.Count < Kept)
        {
            _entries.Enqueue(entry);
        }
    }

    private sealed class Logger(ServerErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Add($"{logLevel} {category}: {formatter(state, exception)} {exception}".TrimEnd());
            }
        }
    }
}
