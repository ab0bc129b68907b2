namespace TenantGraph.Store.Diff;

/// <summary>A stored version of an object with the hash that tells versions apart.</summary>
internal readonly record struct VersionedObject<T>(T Value, byte[] Hash);
