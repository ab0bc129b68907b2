using TenantGraph.Emulator.Data;

namespace TenantGraph.Emulator.Serving;

/// <summary>
/// Finds what a path names in the tenant. Graph beta and v1.0 share data when only one was written,
/// since collectors call some families on beta (managed devices) and others on v1.0. Callers hold the lock.
/// </summary>
internal static class TenantLookup
{
    public static TenantCollection? Collection(TenantData data, string path) =>
        data.FindCollection(path) ?? (OtherGraphVersion(path) is { } other ? data.FindCollection(other) : null);

    public static byte[]? Singleton(TenantData data, string path) =>
        data.FindSingleton(path) ?? (OtherGraphVersion(path) is { } other ? data.FindSingleton(other) : null);

    /// <summary>The object at <c>{collection}/{id}</c>.</summary>
    public static StoredObject? Item(TenantData data, string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? null : Collection(data, path[..slash])?.Find(path[(slash + 1)..]);
    }

    public static string? OtherGraphVersion(string path)
    {
        if (path.StartsWith("graph/v1.0/", StringComparison.OrdinalIgnoreCase))
        {
            return "graph/beta/" + path["graph/v1.0/".Length..];
        }

        return path.StartsWith("graph/beta/", StringComparison.OrdinalIgnoreCase) ? "graph/v1.0/" + path["graph/beta/".Length..] : null;
    }
}
