namespace TenantGraph.Integrations.Azure.ResourceManager.Storage;

/// <summary>
/// Which services an account kind has, so that no call is made that can only fail (the reference called and then
/// swallowed <c>FeatureNotSupportedForAccount</c> / <c>OperationNotAllowedOnKind</c>; CHANGELOG 5.5.1, 5.23.3).
/// </summary>
internal static class StorageServices
{
    public static bool HasBlobs(StorageAccount account) => account.Kind is not "FileStorage";

    public static bool HasFiles(StorageAccount account) => account.Kind is "Storage" or "StorageV2" or "FileStorage";

    /// <summary>Queues and tables exist on general-purpose accounts of the Standard tier only.</summary>
    public static bool HasQueuesAndTables(StorageAccount account) =>
        account.Kind is "Storage" or "StorageV2"
        && !string.Equals(account.Sku?.Tier, "Premium", StringComparison.OrdinalIgnoreCase)
        && account.Sku?.Name?.StartsWith("Premium", StringComparison.OrdinalIgnoreCase) != true;
}
