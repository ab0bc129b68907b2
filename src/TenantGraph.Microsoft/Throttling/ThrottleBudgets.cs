namespace TenantGraph.Microsoft.Throttling;

/// <summary>
/// The documented service limits the client paces itself by (peers.md §2.3). Each is enforced as a sliding window,
/// which never exceeds a token bucket of the same size and refill either. <see cref="Headroom"/> keeps the client a
/// little under each limit, since other apps and the server's own accounting share them.
/// </summary>
public sealed record ThrottleBudgets
{
    /// <summary>Graph identity and access: resource units per 10 s per app and tenant.</summary>
    public double GraphResourceUnitsPer10Seconds { get; init; } = 3_500;

    /// <summary>Intune (<c>deviceManagement</c>, <c>deviceAppManagement</c>): requests per 20 s per app and tenant.</summary>
    public double IntuneRequestsPer20Seconds { get; init; } = 1_000;

    /// <summary>Conditional access and identity protection: requests per second per tenant, and no Retry-After on 429.</summary>
    public double IdentityProtectionRequestsPerSecond { get; init; } = 1;

    /// <summary>ARM reads per subscription: a bucket of 250 refilled at 25/s, i.e. 250 per 10 s sustained.</summary>
    public double ResourceManagerReadsPer10Seconds { get; init; } = 250;

    public double DefenderCallsPerMinute { get; init; } = 100;

    public double DefenderCallsPerHour { get; init; } = 1_500;

    /// <summary>Defender's advanced hunting API: 45 calls a minute (and 1,500 an hour, which the Defender lane keeps).</summary>
    public double DefenderHuntingCallsPerMinute { get; init; } = 45;

    /// <summary>Fraction of each limit the client allows itself.</summary>
    public double Headroom { get; init; } = 0.95;

    /// <summary>Off: no pacing at all (the server's 429s and Retry-After still apply).</summary>
    public bool Enabled { get; init; } = true;

    public static ThrottleBudgets For(GraphTenantSize size) => new()
    {
        GraphResourceUnitsPer10Seconds = size switch
        {
            GraphTenantSize.Large => 8_000,
            GraphTenantSize.Medium => 5_000,
            _ => 3_500,
        },
    };
}
