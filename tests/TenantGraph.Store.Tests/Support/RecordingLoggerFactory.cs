using Microsoft.Extensions.Logging;
using TenantGraph.Core.Tests.Support;

namespace TenantGraph.Store.Tests.Support;

/// <summary>Hands one <see cref="RecordingLogger"/> to every category, so a test sees all of a store's events.</summary>
internal sealed class RecordingLoggerFactory : ILoggerFactory
{
    public RecordingLogger Logger { get; } = new();

    public ILogger CreateLogger(string categoryName) => Logger;

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException("the recording logger takes no providers");

    public void Dispose()
    {
    }

    /// <summary>How many times the store logged <paramref name="eventId"/>.</summary>
    public int Count(int eventId) => Logger.Entries.Count(entry => entry.EventId == eventId);
}
