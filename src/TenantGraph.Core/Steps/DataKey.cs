namespace TenantGraph.Core.Steps;

/// <summary>A typed key for data one step leaves for later steps (instead of string keys and casts).</summary>
public sealed class DataKey<T>(string name)
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}
