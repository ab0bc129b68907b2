using System.Text.Json;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.ContainerInstances;

/// <summary>
/// azure-spec §5.8 <c>azure_container_group</c> and, from the group's own listing, its <c>azure_container</c>s and
/// <c>azure_container_volume</c>s. Containers and volumes have no ARM id: their keys are
/// <c>{group id}/containers/{name}</c> and <c>{group id}/volumes/{name}</c>, as the reference made them.
/// </summary>
internal static class ContainerGroupConverter
{
    /// <summary>Names whose values are secrets wherever they appear in a group's JSON.</summary>
    private static readonly string[] Secrets = ["secureValue", "storageAccountKey", "secret", "password", "accessToken"];

    private static readonly EntityMap<ContainerGroup> Map = new(ContainerInstancesTypes.Group)
    {
        Key = g => g.Id,
        Properties =
        {
            ["id"] = g => g.Id,
            ["name"] = g => g.Name,
            ["displayName"] = g => g.Name,
            ["type"] = g => g.Type,
            ["region"] = g => g.Location,
            ["resourceGroup"] = g => ResourceId.Parse(g.Id).ResourceGroupName,
            ["provisioningState"] = g => g.Properties?.ProvisioningState,
            ["sku"] = g => g.Properties?.Sku,
            ["osType"] = g => g.Properties?.OsType,
            ["restartPolicy"] = g => g.Properties?.RestartPolicy,
            ["ipAddress"] = g => g.Properties?.IpAddress?.Ip,
            ["ipAddressType"] = g => g.Properties?.IpAddress?.Type,
            ["public"] = g => g.Properties?.IpAddress?.Type is { } type ? type.Equals("Public", StringComparison.OrdinalIgnoreCase) : false,
            ["fqdn"] = g => g.Properties?.IpAddress?.Fqdn,
            ["ports"] = g => g.Properties?.IpAddress?.Ports?.Select(p => p.Port).OfType<int>().Select(p => (long)p).ToArray(),
            ["subnetIds"] = g => g.Properties?.SubnetIds?.Select(s => s.Id).OfType<string>().ToArray(),
        },
    };

    private sealed record ContainerInput(ContainerGroup Group, Container Container);

    private static readonly EntityMap<ContainerInput> ContainerMap = new(ContainerInstancesTypes.Container)
    {
        Key = c => ContainerKey(c.Group, c.Container.Name),
        Properties =
        {
            ["id"] = c => ContainerKey(c.Group, c.Container.Name),
            ["name"] = c => c.Container.Name,
            ["displayName"] = c => c.Container.Name,
            ["image"] = c => c.Container.Properties?.Image,
            ["cpu"] = c => c.Container.Properties?.Resources?.Requests?.Cpu,
            ["memoryInGB"] = c => c.Container.Properties?.Resources?.Requests?.MemoryInGB,
            ["ports"] = c => c.Container.Properties?.Ports?.Select(p => p.Port).OfType<int>().Select(p => (long)p).ToArray(),
            ["environmentVariableNames"] = c => c.Container.Properties?.EnvironmentVariables?.Select(e => e.Name).OfType<string>().ToArray(),
            ["containerGroupId"] = c => c.Group.Id,
            ["resourceGroup"] = c => ResourceId.Parse(c.Group.Id).ResourceGroupName,
        },
    };

    private sealed record VolumeInput(ContainerGroup Group, Volume Volume);

    private static readonly EntityMap<VolumeInput> VolumeMap = new(ContainerInstancesTypes.Volume)
    {
        Key = v => VolumeKey(v.Group, v.Volume.Name),
        Properties =
        {
            ["id"] = v => VolumeKey(v.Group, v.Volume.Name),
            ["name"] = v => v.Volume.Name,
            ["displayName"] = v => v.Volume.Name,
            ["volumeType"] = v => VolumeType(v.Volume),
            ["shareName"] = v => v.Volume.AzureFile?.ShareName,
            ["storageAccountName"] = v => v.Volume.AzureFile?.StorageAccountName,
            ["readOnly"] = v => v.Volume.AzureFile?.ReadOnly,
            ["gitRepository"] = v => v.Volume.GitRepo?.Repository,
            ["containerGroupId"] = v => v.Group.Id,
            ["resourceGroup"] = v => ResourceId.Parse(v.Group.Id).ResourceGroupName,
            ["classification"] = _ => null,
            ["encrypted"] = _ => null,
        },
    };

    public static Entity ToEntity(ApiObject<ContainerGroup> group, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(RawRedaction.Apply(group, Secrets)), links, group.Value.Tags);

    public static IEnumerable<Entity> ToContainerEntities(ApiObject<ContainerGroup> group) =>
        (group.Value.Properties?.Containers ?? []).Select((container, i) =>
            ContainerMap.Build(new ApiObject<ContainerInput>(new ContainerInput(group.Value, container), Element(group.Raw, "containers", i))));

    public static IEnumerable<Entity> ToVolumeEntities(ApiObject<ContainerGroup> group) =>
        (group.Value.Properties?.Volumes ?? []).Select((volume, i) =>
            VolumeMap.Build(new ApiObject<VolumeInput>(new VolumeInput(group.Value, volume), Element(group.Raw, "volumes", i))));

    public static string ContainerKey(ContainerGroup group, string name) => $"{group.Id}/containers/{name}";

    public static string VolumeKey(ContainerGroup group, string name) => $"{group.Id}/volumes/{name}";

    private static string? VolumeType(Volume volume) =>
        volume.AzureFile is not null ? "azureFile"
        : volume.EmptyDir is not null ? "emptyDir"
        : volume.Secret is not null ? "secret"
        : volume.GitRepo is not null ? "gitRepo"
        : null;

    /// <summary>The i-th element of <c>properties.{array}</c>, redacted, as the child's own raw data.</summary>
    private static JsonElement Element(JsonElement group, string array, int index) =>
        group.TryGetProperty("properties", out var properties) && properties.TryGetProperty(array, out var items)
            && items.ValueKind == JsonValueKind.Array && index < items.GetArrayLength()
            ? RawRedaction.Apply(items[index], Secrets)
            : default;
}
