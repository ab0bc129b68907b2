namespace TenantGraph.Emulator;

/// <summary>Service budgets, defaulting to Microsoft's documented limits (peers.md §2.3).</summary>
public sealed record ThrottlingOptions
{
    public bool Enabled { get; init; } = true;

    /// <summary>Graph identity RU per 10 s per app and tenant; null picks S/M/L (3,500/5,000/8,000) by user count.</summary>
    public int? GraphResourceUnitsPer10Seconds { get; init; }

    /// <summary>Intune: 1,000 requests per 20 s per app per tenant.</summary>
    public int IntuneRequestsPer20Seconds { get; init; } = 1000;

    /// <summary>ARM subscription reads: a bucket of 250 refilling 25 per second per principal.</summary>
    public int ArmReadBucketSize { get; init; } = 250;

    public double ArmReadRefillPerSecond { get; init; } = 25;

    public int DefenderCallsPerMinute { get; init; } = 100;

    public int DefenderCallsPerHour { get; init; } = 1500;

    public static ThrottlingOptions Disabled { get; } = new() { Enabled = false };
}
