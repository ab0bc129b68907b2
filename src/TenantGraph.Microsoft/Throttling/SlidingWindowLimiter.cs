namespace TenantGraph.Microsoft.Throttling;

/// <summary>
/// At most <c>limit</c> units in any <c>window</c>, waited for on the injected clock. Also takes the server's word:
/// a response saying fewer units remain than counted here, or a Retry-After, tightens the window.
/// </summary>
internal sealed class SlidingWindowLimiter(string name, double limit, TimeSpan window, TimeProvider time)
{
    private readonly Queue<(long At, double Cost)> _log = new();
    private double _used;
    private long _blockedUntil;

    public string Name { get; } = name;

    /// <summary>Waits until <paramref name="cost"/> units fit in the window, takes them, and returns the time waited.</summary>
    public async ValueTask<TimeSpan> AcquireAsync(double cost, CancellationToken cancellationToken)
    {
        cost = Math.Min(cost, limit);
        var waited = TimeSpan.Zero;
        while (true)
        {
            TimeSpan wait;
            lock (_log)
            {
                var now = Now();
                Expire(now);
                if (now < _blockedUntil)
                {
                    wait = TimeSpan.FromTicks(_blockedUntil - now);
                }
                else if (_used + cost <= limit)
                {
                    Record(now, cost);
                    return waited;
                }
                else
                {
                    wait = TimeSpan.FromTicks(Math.Max(1, FreedAt(_used + cost - limit) + window.Ticks - now));
                }
            }

            await Task.Delay(wait, time, cancellationToken);
            waited += wait;
        }
    }

    /// <summary>Counts units the server says a request cost beyond what was taken for it.</summary>
    public void Charge(double extra)
    {
        if (extra > 0)
        {
            lock (_log)
            {
                Record(Now(), extra);
            }
        }
    }

    /// <summary>The server reports only <paramref name="remaining"/> units left: count the difference as used.</summary>
    public void Remaining(double remaining)
    {
        lock (_log)
        {
            var now = Now();
            Expire(now);
            var local = limit - _used;
            if (remaining < local)
            {
                Record(now, local - Math.Max(0, remaining));
            }
        }
    }

    /// <summary>Holds every request of this lane until <paramref name="delay"/> has passed (a server's Retry-After).</summary>
    public void Block(TimeSpan delay)
    {
        lock (_log)
        {
            _blockedUntil = Math.Max(_blockedUntil, Now() + delay.Ticks);
        }
    }

    private long Now() => time.GetUtcNow().UtcTicks;

    private void Record(long now, double cost)
    {
        _log.Enqueue((now, cost));
        _used += cost;
    }

    private void Expire(long now)
    {
        while (_log.TryPeek(out var oldest) && oldest.At + window.Ticks <= now)
        {
            _log.Dequeue();
            _used -= oldest.Cost;
        }

        if (_log.Count == 0)
        {
            _used = 0;
        }
    }

    // When the oldest entries that free `needed` units were recorded.
    private long FreedAt(double needed)
    {
        double freed = 0;
        foreach (var (at, cost) in _log)
        {
            freed += cost;
            if (freed >= needed)
            {
                return at;
            }
        }

        return _log.Count > 0 ? _log.Last().At : Now();
    }
}
