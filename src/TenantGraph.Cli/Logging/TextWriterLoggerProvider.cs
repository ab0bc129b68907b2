using Microsoft.Extensions.Logging;

namespace TenantGraph.Cli.Logging;

/// <summary>
/// Writes log lines to a text writer (standard error by default): level, message and, for failures at debug
/// level, the exception. Messages come from [LoggerMessage] templates whose values never include secrets.
/// </summary>
internal sealed class TextWriterLoggerProvider(TextWriter writer, LogLevel minimum) : ILoggerProvider
{
    private readonly object _sync = new();

    public LogLevel Minimum => minimum;

    public ILogger CreateLogger(string categoryName) => new TextWriterLogger(this);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string message, Exception? exception)
    {
        lock (_sync)
        {
            writer.WriteLine($"{Label(level)} {message}");
            if (exception is not null && Minimum <= LogLevel.Debug)
            {
                writer.WriteLine(exception.ToString());
            }
        }
    }

    private static string Label(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace:",
        LogLevel.Debug => "debug:",
        LogLevel.Information => "info: ",
        LogLevel.Warning => "warn: ",
        LogLevel.Error => "error:",
        _ => "fatal:",
    };

    private sealed class TextWriterLogger(TextWriterLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= provider.Minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(logLevel, formatter(state, exception), exception);
            }
        }
    }

}
