using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Compute;

/// <summary>azure-spec §5.5 <c>azure_image</c>.</summary>
internal static class ImageConverter
{
    private static readonly EntityMap<Image> Map = new(ComputeTypes.Image)
    {
        Key = i => i.Id,
        CopySourceProperties = false,
        Properties =
        {
            ["id"] = i => i.Id,
            ["name"] = i => i.Name,
            ["displayName"] = i => i.Name,
            ["type"] = i => i.Type,
            ["region"] = i => i.Location,
            ["resourceGroup"] = i => ResourceId.Parse(i.Id).ResourceGroupName,
            ["provisioningState"] = i => i.Properties?.ProvisioningState,
            ["sourceVirtualMachineId"] = i => i.Properties?.SourceVirtualMachine?.Id,
            ["hyperVGeneration"] = i => i.Properties?.HyperVGeneration,
        },
    };

    public static Entity ToEntity(ApiObject<Image> image, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(image), links, image.Value.Tags);
}
