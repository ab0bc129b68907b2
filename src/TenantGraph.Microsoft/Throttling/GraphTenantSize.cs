namespace TenantGraph.Microsoft.Throttling;

/// <summary>Graph's identity budget tiers: S under 50 users, M 50–500, L above 500 (peers.md §2.3).</summary>
public enum GraphTenantSize
{
    Small,
    Medium,
    Large,
}
