namespace TenantGraph.Microsoft;

/// <summary>One page of a listing. The last page of a delta round carries <see cref="DeltaLink"/>.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, string? NextLink, string? DeltaLink);
