using TenantGraph.Emulator.Data;

namespace TenantGraph.Bench.Microsoft;

/// <summary>
/// The resource units a perfect run needs, from the tenant's collection sizes and Graph's cost rules
/// (peers.md §2.3): with <c>$select</c>, a page of users or groups costs 1, of a group's members 2, of groups delta 1.
/// Pages hold up to 999 objects (<c>$top=999</c>, or <c>Prefer: odata.maxpagesize=999</c> for delta).
/// </summary>
internal sealed record DirectoryCost(long Users, long Groups, long Memberships, long MemberPages)
{
    private const int PageSize = 999;

    public long BatchResourceUnits => Pages(Users) + Pages(Groups) + (2 * MemberPages);

    // The emulator puts all of a group's members on its delta page; Graph splits large groups over several pages.
    public long DeltaResourceUnits => Pages(Users) + Pages(Groups);

    /// <summary>The longest chain of requests that must wait for each other: the pages of users, or of groups.</summary>
    public long SequentialPages => Math.Max(Pages(Users), Pages(Groups));

    public static DirectoryCost Of(TenantData tenant)
    {
        var groupIds = tenant.GetObjects("graph/v1.0/groups").Select(g => g["id"]!.GetValue<string>()).ToList(); // generated groups have ids
        var memberCounts = groupIds.Select(id => (long)tenant.Count($"graph/v1.0/groups/{id}/members")).ToList();
        return new DirectoryCost(tenant.Count("graph/v1.0/users"), groupIds.Count, memberCounts.Sum(), memberCounts.Sum(n => Math.Max(1, Pages(n))));
    }

    private static long Pages(long items) => (items + PageSize - 1) / PageSize;
}
