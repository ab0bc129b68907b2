using Microsoft.Extensions.Logging;
using TenantGraph.Cli.Logging;

namespace TenantGraph.Cli;

/// <summary>
/// What a command runs with: its output and error writers, the environment, the clock. The process entry point
/// passes the real console; tests pass writers they read back.
/// </summary>
internal sealed class CliContext(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> environment,
    TimeProvider time)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public IReadOnlyDictionary<string, string?> Environment { get; } = environment;

    public TimeProvider Time { get; } = time;

    /// <summary>Whether the error stream is an interactive terminal, where progress redraws in place.</summary>
    public bool IsInteractive { get; init; }

    public ILoggerFactory CreateLoggerFactory(bool verbose) =>
        LoggerFactory.Create(builder => builder
            .SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Warning)
            .AddProvider(new TextWriterLoggerProvider(Error, verbose ? LogLevel.Debug : LogLevel.Warning)));

    public static CliContext FromProcess() => new(Console.Out, Console.Error,
        System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal),
        TimeProvider.System)
    {
        IsInteractive = !Console.IsErrorRedirected,
    };
}
