using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TenantGraph.Integrations.Tests.Harness;

/// <summary>Keeps the event id and level of every log call, so tests assert on ids rather than text.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly ConcurrentQueue<(int EventId, LogLevel Level, string Message)> _entries = new();

    public IReadOnlyList<(int EventId, LogLevel Level, string Message)> Entries => [.. _entries];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
        Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue((eventId.Id, logLevel, formatter(state, exception)));
}
