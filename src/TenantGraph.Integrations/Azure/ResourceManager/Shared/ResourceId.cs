namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>
/// The parts of an ARM resource id (<c>/subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}/…</c>),
/// read case-insensitively because ARM itself varies the case of <c>resourceGroups</c> and provider segments
/// (azure-spec §2.3). Parts keep the casing of the id; compare them with <see cref="StringComparison.OrdinalIgnoreCase"/>.
/// </summary>
/// <remarks>
/// Conventions for step families: never split ids by hand or with regexes in a converter; parse once here.
/// <see cref="ResourceGroupId"/> is the key under which <c>rm-resources-resource-groups</c> stores the group
/// (resolve it through <see cref="ResourceGroupIndex"/>, which is case-insensitive).
/// </remarks>
internal readonly record struct ResourceId(string Id, string? SubscriptionId, string? ResourceGroup, string? ProviderNamespace,
    IReadOnlyList<(string Type, string Name)> Types)
{
    /// <summary>The resource group name lowercased, as the reference's <c>resourceGroupName(id)</c> reports it.</summary>
    public string? ResourceGroupName => ResourceGroup?.ToLowerInvariant();

    /// <summary><c>/subscriptions/{s}/resourceGroups/{rg}</c>, or null for ids outside a resource group.</summary>
    public string? ResourceGroupId => SubscriptionId is null || ResourceGroup is null
        ? null
        : $"/subscriptions/{SubscriptionId}/resourceGroups/{ResourceGroup}";

    /// <summary><c>/subscriptions/{s}</c>, or null for tenant-level ids.</summary>
    public string? SubscriptionKey => SubscriptionId is null ? null : $"/subscriptions/{SubscriptionId}";

    /// <summary>The resource's own name (the last name segment), or the group or subscription for their ids.</summary>
    public string? Name => Types.Count > 0 ? Types[^1].Name : ResourceGroup ?? SubscriptionId;

    /// <summary><c>Microsoft.Network/networkSecurityGroups</c>, or <c>…/storageAccounts/blobServices/containers</c> for children.</summary>
    public string? ResourceType => ProviderNamespace is null
        ? null
        : string.Join('/', [ProviderNamespace, .. Types.Select(t => t.Type)]);

    /// <summary>The id of the top-level resource (child segments removed), e.g. the storage account of a container.</summary>
    public string? TopLevelId
    {
        get
        {
            var index = Id.IndexOf("/providers/", StringComparison.OrdinalIgnoreCase);
            if (index < 0 || Types.Count == 0)
            {
                return null;
            }

            return $"{Id[..index]}/providers/{ProviderNamespace}/{Types[0].Type}/{Types[0].Name}";
        }
    }

    public static ResourceId Parse(string id) =>
        TryParse(id, out var parsed) ? parsed : throw new FormatException($"'{id}' is not an Azure Resource Manager id.");

    public static bool TryParse(string? id, out ResourceId parsed)
    {
        parsed = default;
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        var segments = id.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? subscription = null;
        string? group = null;
        string? provider = null;
        var types = new List<(string, string)>();
        var i = 0;
        if (i + 1 < segments.Length && Is(segments[i], "subscriptions"))
        {
            subscription = segments[i + 1];
            i += 2;
        }

        if (subscription is not null && i + 1 < segments.Length && Is(segments[i], "resourceGroups"))
        {
            group = segments[i + 1];
            i += 2;
        }

        // Extension resources (…/providers/Microsoft.Insights/diagnosticSettings/x on a resource) start over
        // at the last providers segment: the id describes the innermost resource.
        var lastProviders = Array.FindLastIndex(segments, s => Is(s, "providers"));
        if (lastProviders >= i && lastProviders + 1 < segments.Length)
        {
            provider = segments[lastProviders + 1];
            for (var j = lastProviders + 2; j + 1 < segments.Length; j += 2)
            {
                types.Add((segments[j], segments[j + 1]));
            }
        }
        else if (i < segments.Length)
        {
            return false;
        }

        if (subscription is null && provider is null)
        {
            return false;
        }

        parsed = new ResourceId(id, subscription, group, provider, types);
        return true;
    }

    private static bool Is(string segment, string name) => segment.Equals(name, StringComparison.OrdinalIgnoreCase);
}
