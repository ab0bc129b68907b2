using System.Text.Json.Serialization.Metadata;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Compute;

/// <summary>Subscription-wide listings of Microsoft.Compute; every page followed (the reference read one page of disks).</summary>
internal sealed class ComputeClient(StepContext context)
{
    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<VirtualMachine>> ListVirtualMachinesAsync(string subscriptionId, CancellationToken cancellationToken) =>
        List(subscriptionId, "virtualMachines", "2023-09-01", AzureComputeJsonContext.Default.VirtualMachine, cancellationToken);

    public IAsyncEnumerable<ApiObject<Disk>> ListDisksAsync(string subscriptionId, CancellationToken cancellationToken) =>
        List(subscriptionId, "disks", "2023-04-02", AzureComputeJsonContext.Default.Disk, cancellationToken);

    public IAsyncEnumerable<ApiObject<Image>> ListImagesAsync(string subscriptionId, CancellationToken cancellationToken) =>
        List(subscriptionId, "images", "2023-09-01", AzureComputeJsonContext.Default.Image, cancellationToken);

    private IAsyncEnumerable<ApiObject<T>> List<T>(string subscriptionId, string type, string apiVersion, JsonTypeInfo<T> typeInfo,
        CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.Compute/{type}", apiVersion, $"Microsoft.Compute/{type}/read"),
            typeInfo, cancellationToken);
}
