namespace TenantGraph.Store;

/// <summary>The store's schema was written by a newer TenantGraph than this one.</summary>
public sealed class StoreVersionException : Exception
{
    public StoreVersionException(string store, int found, int supported)
        : base($"store {store} has schema version {found}, but this TenantGraph supports up to {supported}; upgrade TenantGraph or use another store")
    {
        Found = found;
        Supported = supported;
    }

    public int Found { get; }

    public int Supported { get; }
}
