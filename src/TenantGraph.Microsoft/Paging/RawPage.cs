using System.Text.Json;

namespace TenantGraph.Microsoft.Paging;

/// <summary>A page as read off the wire; <see cref="Path"/> names the request for errors about its items.</summary>
internal sealed record RawPage(string Path, IReadOnlyList<JsonElement> Items, string? NextLink, string? DeltaLink);
