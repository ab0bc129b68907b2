using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>
/// The resource groups <c>rm-resources-resource-groups</c> collected, by id, case-insensitively (ARM returns
/// <c>J1DEV</c> in one id and <c>j1dev</c> in another; CHANGELOG 4.4.1), mapped to the key the group entity was
/// stored under. Read-only once published; steps that depend on the resource-group step read it through
/// <see cref="Key"/> and never look groups up by string.
/// </summary>
internal sealed class ResourceGroupIndex
{
    public static readonly DataKey<ResourceGroupIndex> Key = new("azure.resource-groups");

    private readonly Dictionary<string, string> _keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    public void Add(string resourceGroupId)
    {
        lock (_gate)
        {
            _keys.TryAdd(resourceGroupId, resourceGroupId);
        }
    }

    /// <summary>The stored key of the group that holds <paramref name="resourceId"/>, or null when it was not collected.</summary>
    public string? GroupKeyOf(ResourceId resourceId)
    {
        if (resourceId.ResourceGroupId is not { } groupId)
        {
            return null;
        }

        lock (_gate)
        {
            return _keys.GetValueOrDefault(groupId);
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _keys.Count;
            }
        }
    }
}
