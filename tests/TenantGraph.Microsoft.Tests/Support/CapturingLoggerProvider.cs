using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TenantGraph.Microsoft.Tests.Support;

/// <summary>
/// Keeps every entry at every level: the rendered text, each structured value, scopes and the exception, so a test
/// can search everything a real sink could write, and assert on event ids for what should be there.
/// </summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            owner.Entries.Enqueue(new CapturedLog(category, LogLevel.None, default, $"scope: {state}", Values(state)));
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = formatter(state, exception) + (exception is null ? "" : Environment.NewLine + exception);
            owner.Entries.Enqueue(new CapturedLog(category, logLevel, eventId, text, Values(state)));
        }

        private static IReadOnlyList<string> Values<TState>(TState state) =>
            state is IEnumerable<KeyValuePair<string, object?>> pairs ? [.. pairs.Select(p => $"{p.Key}={p.Value}")] : [];
    }
}

internal sealed record CapturedLog(string Category, LogLevel Level, EventId Id, string Text, IReadOnlyList<string> Values)
{
    public bool Contains(string value) =>
        Text.Contains(value, StringComparison.OrdinalIgnoreCase) || Values.Any(v => v.Contains(value, StringComparison.OrdinalIgnoreCase));
}
