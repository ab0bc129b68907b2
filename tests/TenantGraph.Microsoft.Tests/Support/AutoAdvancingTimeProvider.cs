namespace TenantGraph.Microsoft.Tests.Support;

/// <summary>
/// A clock that jumps forward to whatever anyone waits for: a delay of a minute completes at once, with the clock
/// a minute later. Shared by the client and the emulator, it lets pacing, Retry-After and token expiry play out
/// in virtual time without the suite ever sleeping. Periodic timers fire once.
/// </summary>
internal sealed class AutoAdvancingTimeProvider : TimeProvider
{
    // Starts at the real time: certificates the emulator issues on this clock are checked by TLS against the real one.
    private readonly long _start = TimeProvider.System.GetUtcNow().UtcTicks;
    private long _ticks;

    public AutoAdvancingTimeProvider() => _ticks = _start;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Total time anyone waited on this clock.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks) - _start);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new JumpTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void AdvanceTo(long target)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref _ticks);
            if (current >= target)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _ticks, target, current) != current);
    }

    private sealed class JumpTimer(AutoAdvancingTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private int _generation;
        private bool _disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var generation = Interlocked.Increment(ref _generation);
            if (_disposed || dueTime == Timeout.InfiniteTimeSpan)
            {
                return !_disposed;
            }

            var target = clock.GetUtcNow().UtcTicks + dueTime.Ticks;
            ThreadPool.UnsafeQueueUserWorkItem(_ =>
            {
                if (!_disposed && Volatile.Read(ref _generation) == generation)
                {
                    clock.AdvanceTo(target);
                    callback(state);
                }
            }, null);
            return true;
        }

        public void Dispose() => _disposed = true;

        public ValueTask DisposeAsync()
        {
            _disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
