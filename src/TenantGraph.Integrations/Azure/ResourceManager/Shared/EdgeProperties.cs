using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>The properties some reference edges carry (azure-spec §6.8), as a bag: <c>EdgeProperties.Of(("vmId", id))</c>.</summary>
internal static class EdgeProperties
{
    public static PropertyBag Of(params (string Name, object? Value)[] properties)
    {
        var bag = new PropertyBag(properties.Length);
        foreach (var (name, value) in properties)
        {
            bag.Set(name, value);
        }

        return bag;
    }
}
