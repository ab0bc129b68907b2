using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Monitor;

/// <summary>azure-spec §5.3 <c>azure_monitor_log_profile</c>.</summary>
internal static class LogProfileConverter
{
    private static readonly EntityMap<LogProfile> Map = new(MonitorTypes.LogProfile)
    {
        Key = p => p.Id,
        CopySourceProperties = false,
        Properties =
        {
            ["id"] = p => p.Id,
            ["name"] = p => p.Name,
            ["displayName"] = p => p.Name,
            ["storageAccountId"] = p => p.Properties?.StorageAccountId,
            ["serviceBusRuleId"] = p => p.Properties?.ServiceBusRuleId,
            ["locations"] = p => p.Properties?.Locations,
            ["categories"] = p => p.Properties?.Categories,
            ["retentionPolicy.enabled"] = p => p.Properties?.RetentionPolicy?.Enabled,
            ["retentionPolicy.days"] = p => p.Properties?.RetentionPolicy?.Days,
        },
    };

    public static Entity ToEntity(ApiObject<LogProfile> profile, PortalLinks links)
    {
        var entity = Map.Build(profile);
        entity.Properties.Set("webLink", links.For(profile.Value.Id));
        return entity;
    }
}
