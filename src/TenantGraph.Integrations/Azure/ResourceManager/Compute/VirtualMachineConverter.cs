using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Compute;

/// <summary>azure-spec §5.5 <c>azure_vm</c>; the Host class's device fields Resource Manager does not know are null.</summary>
internal static class VirtualMachineConverter
{
    private static readonly EntityMap<VirtualMachine> Map = new(ComputeTypes.VirtualMachine)
    {
        Key = vm => vm.Id,
        CopySourceProperties = false,
        Properties =
        {
            ["id"] = vm => vm.Id,
            ["name"] = vm => vm.Name,
            ["displayName"] = vm => vm.Name,
            ["vmId"] = vm => vm.Properties?.VmId,
            ["type"] = vm => vm.Type,
            ["region"] = vm => vm.Location,
            ["resourceGroup"] = vm => ResourceId.Parse(vm.Id).ResourceGroupName,
            ["state"] = vm => vm.Properties?.ProvisioningState,
            ["provisioningState"] = vm => vm.Properties?.ProvisioningState,
            ["vmSize"] = vm => vm.Properties?.HardwareProfile?.VmSize,
            ["platform"] = vm => vm.Properties?.StorageProfile?.OsDisk?.OsType?.ToLowerInvariant(),
            ["osType"] = vm => vm.Properties?.StorageProfile?.OsDisk?.OsType?.ToLowerInvariant() switch
            {
                "linux" => "linux",
                "windows" => "windows",
                _ => null,
            },
            ["osName"] = vm => vm.Properties?.StorageProfile?.ImageReference?.Offer,
            ["osVersion"] = vm => vm.Properties?.StorageProfile?.ImageReference?.ExactVersion,
            ["osDetails"] = vm => vm.Properties?.StorageProfile?.ImageReference?.Sku,
            ["adminUser"] = vm => vm.Properties?.OsProfile?.AdminUsername,
            ["disablePasswordAuthentication"] = vm => vm.Properties?.OsProfile?.LinuxConfiguration?.DisablePasswordAuthentication,
            ["enableAutomaticUpdates"] = vm => vm.Properties?.OsProfile?.WindowsConfiguration?.EnableAutomaticUpdates,
            ["timeZone"] = vm => vm.Properties?.OsProfile?.WindowsConfiguration?.TimeZone,
            ["usesManagedDisks"] = vm => UsesManagedDisks(vm),
            ["category"] = _ => null,
            ["hostname"] = _ => null,
            ["fqdn"] = _ => null,
            ["ipv4Addresses"] = _ => null,
            ["ipv6Addresses"] = _ => null,
            ["macAddresses"] = _ => null,
            ["publicIpAddresses"] = _ => null,
            ["privateIpAddresses"] = _ => null,
            ["serial"] = _ => null,
            ["deviceId"] = _ => null,
            ["lastSeenOn"] = _ => null,
            ["make"] = _ => null,
            ["model"] = vm => vm.Properties?.HardwareProfile?.VmSize,
        },
    };

    public static Entity ToEntity(ApiObject<VirtualMachine> vm, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(vm), links, vm.Value.Tags);

    /// <summary>The managed disks the VM names: its OS disk and each data disk, with which one it is.</summary>
    public static IEnumerable<(string DiskId, bool OsDisk)> Disks(VirtualMachine vm)
    {
        if (vm.Properties?.StorageProfile?.OsDisk?.ManagedDisk?.Id is { } os)
        {
            yield return (os, true);
        }

        foreach (var data in vm.Properties?.StorageProfile?.DataDisks ?? [])
        {
            if (data.ManagedDisk?.Id is { } id)
            {
                yield return (id, false);
            }
        }
    }

    private static bool? UsesManagedDisks(VirtualMachine vm) =>
        vm.Properties?.StorageProfile is not { } storage
            ? null
            : storage.OsDisk?.ManagedDisk is not null && (storage.DataDisks ?? []).All(d => d.ManagedDisk is not null);
}
