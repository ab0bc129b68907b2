namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>Locations as the reference reports them on some types.</summary>
internal static class ArmLocation
{
    /// <summary>
    /// graph-azure's <c>normalizeLocation</c> (azure-spec §2.3): lower-cased with only the first run of whitespace
    /// removed, so <c>East US 2</c> becomes <c>eastus 2</c>. Kept for parity with the reference's values.
    /// </summary>
    public static string? Normalize(string? location)
    {
        if (location is null)
        {
            return null;
        }

        var lower = location.ToLowerInvariant();
        var start = lower.IndexOfAny([' ', '\t']);
        if (start < 0)
        {
            return lower;
        }

        var end = start;
        while (end < lower.Length && char.IsWhiteSpace(lower[end]))
        {
            end++;
        }

        return lower[..start] + lower[end..];
    }
}
