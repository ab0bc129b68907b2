namespace TenantGraph.Emulator.Throttling;

/// <summary>A token bucket on an injectable clock: full at start, refilling continuously up to capacity.</summary>
internal sealed class TokenBucket(double capacity, double refillPerSecond, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly double _capacity = capacity;
    private double _tokens = capacity;
    private DateTimeOffset _updated = time.GetUtcNow();

    public double Capacity => _capacity;

    public double Available
    {
        get
        {
            lock (_gate)
            {
                Refill();
                return _tokens;
            }
        }
    }

    /// <summary>Whole seconds until <paramref name="cost"/> tokens are there (at least 1).</summary>
    public int SecondsUntil(double cost)
    {
        lock (_gate)
        {
            Refill();
            return Math.Max(1, (int)Math.Ceiling((cost - _tokens) / refillPerSecond));
        }
    }

    public bool TryTake(double cost)
    {
        lock (_gate)
        {
            Refill();
            if (_tokens < cost)
            {
                return false;
            }

            _tokens -= cost;
            return true;
        }
    }

    private void Refill()
    {
        var now = time.GetUtcNow();
        var elapsed = (now - _updated).TotalSeconds;
        if (elapsed > 0)
        {
            _tokens = Math.Min(_capacity, _tokens + (elapsed * refillPerSecond));
            _updated = now;
        }
    }
}
