using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Network;

namespace TenantGraph.Integrations.Azure.ResourceManager.Compute;

internal static class ComputeTypes
{
    public static readonly EntityMetadata VirtualMachine = new("[RM] Virtual Machine", "azure_vm", ["Host"]);
    public static readonly EntityMetadata ManagedDisk = new("[RM] Azure Managed Disk", "azure_managed_disk", ["DataStore", "Disk"]);
    public static readonly EntityMetadata Image = new("[RM] Image", "azure_image", ["Image"]);

    public static readonly RelationshipMetadata VirtualMachineUsesDisk =
        RelationshipMetadata.Direct(VirtualMachine, RelationshipClass.Uses, ManagedDisk);

    public static readonly RelationshipMetadata VirtualMachineUsesNic =
        RelationshipMetadata.Direct(VirtualMachine, RelationshipClass.Uses, NetworkTypes.Nic);

    public static readonly RelationshipMetadata VirtualMachineUsesPublicIp =
        RelationshipMetadata.Direct(VirtualMachine, RelationshipClass.Uses, NetworkTypes.PublicIp);

    public static readonly RelationshipMetadata SubnetHasVirtualMachine =
        RelationshipMetadata.Direct(NetworkTypes.Subnet, RelationshipClass.Has, VirtualMachine);
}
