namespace TenantGraph.Microsoft.Batching;

/// <summary>One listing of a fan-out, e.g. the members of one group, tagged with the caller's key (the group id).</summary>
public sealed record KeyedListRequest(string Key, ListRequest Request);

/// <summary>A page of one keyed listing; <see cref="IsLast"/> marks that listing complete.</summary>
public sealed record KeyedPage<T>(string Key, IReadOnlyList<T> Items, bool IsLast);
