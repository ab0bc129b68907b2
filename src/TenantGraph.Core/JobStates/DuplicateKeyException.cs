namespace TenantGraph.Core.JobStates;

/// <summary>Two objects of one run share a <c>_key</c>: a collector bug, which fails the step that added the second.</summary>
public sealed class DuplicateKeyException(string key, string type)
    : Exception($"Duplicate _key detected (_key={key}, _type={type})")
{
    public string Key { get; } = key;

    public string Type { get; } = type;
}
