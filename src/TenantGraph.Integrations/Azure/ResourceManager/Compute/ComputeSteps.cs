using System.Text.Json;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Network;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Compute;

/// <summary>Microsoft.Compute: images, managed disks, virtual machines, and VM ↔ network edges.</summary>
internal static class ComputeSteps
{
    public const string RmComputeVirtualMachineImages = "rm-compute-virtual-machine-images";

    /// <summary>The upstream id, typo included (STYLE §3).</summary>
    public const string RmComputeVirutalMachineDisks = "rm-compute-virutal-machine-disks";
    public const string RmComputeVirtualMachines = "rm-compute-virtual-machines";
    public const string RmComputeNetworkRelationships = "rm-compute-network-relationships";

    public static readonly StepDefinition Images = new(
        Id: RmComputeVirtualMachineImages, Name: "Virtual Machine Disk Images",
        Entities: [ComputeTypes.Image],
        Relationships: [ResourceGroupEdges.Has(ComputeTypes.Image)],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.Compute/images/read"],
        Handler: FetchImagesAsync);

    public static readonly StepDefinition Disks = new(
        Id: RmComputeVirutalMachineDisks, Name: "Virtual Machine Disks",
        Entities: [ComputeTypes.ManagedDisk],
        Relationships: [ResourceGroupEdges.Has(ComputeTypes.ManagedDisk)],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.Compute/disks/read"],
        Handler: FetchDisksAsync);

    public static readonly StepDefinition VirtualMachines = new(
        Id: RmComputeVirtualMachines, Name: "Virtual Machines",
        Entities: [ComputeTypes.VirtualMachine],
        Relationships: [ResourceGroupEdges.Has(ComputeTypes.VirtualMachine), ComputeTypes.VirtualMachineUsesDisk],
        DependsOn: [RmComputeVirutalMachineDisks, ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.Compute/virtualMachines/read"],
        Handler: FetchVirtualMachinesAsync);

    public static readonly StepDefinition NetworkRelationships = new(
        Id: RmComputeNetworkRelationships, Name: "Virtual Machine to Network Relationships",
        Entities: [],
        Relationships: [ComputeTypes.VirtualMachineUsesNic, ComputeTypes.VirtualMachineUsesPublicIp, ComputeTypes.SubnetHasVirtualMachine],
        DependsOn: [RmComputeVirtualMachines, NetworkSteps.RmNetworkInterfaces, NetworkSteps.RmNetworkIpAddresses,
            NetworkSteps.RmNetworkVirtualNetworks],
        Handler: BuildNetworkRelationshipsAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [Images, Disks, VirtualMachines, NetworkRelationships];

    private static async Task FetchImagesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var client = new ComputeClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var image in client.ListImagesAsync(subscriptionId, ct))
            {
                var entity = ImageConverter.ToEntity(image, links);
                AzureEntities.Add(context, entity);
                ResourceGroupEdges.TryAdd(context, entity);
            }
        }, cancellationToken);
    }

    private static async Task FetchDisksAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var client = new ComputeClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var disk in client.ListDisksAsync(subscriptionId, ct))
            {
                var entity = DiskConverter.ToEntity(disk, links);
                AzureEntities.Add(context, entity);
                ResourceGroupEdges.TryAdd(context, entity);
            }
        }, cancellationToken);
    }

    private static async Task FetchVirtualMachinesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var client = new ComputeClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var vm in client.ListVirtualMachinesAsync(subscriptionId, ct))
            {
                var entity = VirtualMachineConverter.ToEntity(vm, links);
                AzureEntities.Add(context, entity);
                ResourceGroupEdges.TryAdd(context, entity);
                foreach (var (diskId, osDisk) in VirtualMachineConverter.Disks(vm.Value))
                {
                    ReferenceEdges.To(context, ComputeTypes.VirtualMachineUsesDisk, entity.Key, diskId, $"virtual machine {entity.Key}",
                        new PropertyBag { [osDisk ? "osDisk" : "dataDisk"] = true });
                }
            }
        }, cancellationToken);
    }

    /// <summary>
    /// From each VM's interfaces (read from the interface entities, no per-VM calls): VM USES interface (with
    /// <c>vmId</c>), VM USES each public IP on it, and subnet HAS VM once per subnet (CHANGELOG 4.0.1/5.36.2).
    /// </summary>
    private static Task BuildNetworkRelationshipsAsync(StepContext context, CancellationToken cancellationToken)
    {
        foreach (var vm in context.JobState.IterateEntities(ComputeTypes.VirtualMachine.Type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (vm.RawData is null || JsonSerializer.Deserialize(vm.RawData, AzureComputeJsonContext.Default.VirtualMachine) is not { } raw)
            {
                continue;
            }

            var vmId = raw.Properties?.VmId;
            foreach (var nicId in (raw.Properties?.NetworkProfile?.NetworkInterfaces ?? []).Select(n => n.Id).OfType<string>())
            {
                if (context.JobState.FindEntity(nicId) is not { Type: var type } nic || type != NetworkTypes.Nic.Type)
                {
                    AzureLog.ReferenceNotCollected(context.Logger, context.StepId, $"virtual machine {vm.Key}", nicId);
                    continue;
                }

                AddOnce(context, ComputeTypes.VirtualMachineUsesNic.Create(vm.Key, nic.Key, new PropertyBag { ["vmId"] = vmId }));
                if (nic.RawData is null || JsonSerializer.Deserialize(nic.RawData, AzureNetworkJsonContext.Default.NetworkInterface) is not { } nicRaw)
                {
                    continue;
                }

                foreach (var configuration in nicRaw.Properties?.IpConfigurations ?? [])
                {
                    if (configuration.Properties?.Subnet?.Id is { } subnetId)
                    {
                        ReferenceEdges.From(context, ComputeTypes.SubnetHasVirtualMachine, subnetId, vm.Key, $"interface {nic.Key}");
                    }

                    if (configuration.Properties?.PublicIPAddress?.Id is { } ipId)
                    {
                        ReferenceEdges.To(context, ComputeTypes.VirtualMachineUsesPublicIp, vm.Key, ipId, $"interface {nic.Key}",
                            new PropertyBag { ["vmId"] = vmId });
                    }
                }
            }
        }

        return Task.CompletedTask;
    }

    private static void AddOnce(StepContext context, Relationship relationship)
    {
        if (!context.JobState.HasKey(relationship.Key))
        {
            context.JobState.AddRelationship(relationship);
        }
    }
}
