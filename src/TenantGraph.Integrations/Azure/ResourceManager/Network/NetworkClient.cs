using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Network;

/// <summary>Subscription-wide listings of Microsoft.Network (api 2023-09-01); child rules and subnets come inline.</summary>
internal sealed class NetworkClient(StepContext context)
{
    private const string ApiVersion = "2023-09-01";

    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<PublicIPAddress>> ListPublicIPAddressesAsync(string subscriptionId, CancellationToken cancellationToken) =>
        List(subscriptionId, "publicIPAddresses", AzureNetworkJsonContext.Default.PublicIPAddress, cancellationToken);

    public IAsyncEnumerable<ApiObject<NetworkInterface>> ListNetworkInterfacesAsync(string subscriptionId, CancellationToken cancellationToken) =>
        List(subscriptionId, "networkInterfaces", AzureNetworkJsonContext.Default.NetworkInterface, cancellationToken);

    public IAsyncEnumerable<ApiObject<NetworkSecurityGroup>> ListNetworkSecurityGroupsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        List(subscriptionId, "networkSecurityGroups", AzureNetworkJsonContext.Default.NetworkSecurityGroup, cancellationToken);

    public IAsyncEnumerable<ApiObject<VirtualNetwork>> ListVirtualNetworksAsync(string subscriptionId, CancellationToken cancellationToken) =>
        List(subscriptionId, "virtualNetworks", AzureNetworkJsonContext.Default.VirtualNetwork, cancellationToken);

    public IAsyncEnumerable<ApiObject<LoadBalancer>> ListLoadBalancersAsync(string subscriptionId, CancellationToken cancellationToken) =>
        List(subscriptionId, "loadBalancers", AzureNetworkJsonContext.Default.LoadBalancer, cancellationToken);

    private IAsyncEnumerable<ApiObject<T>> List<T>(string subscriptionId, string type,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.Network/{type}", ApiVersion,
                $"Microsoft.Network/{type}/read"),
            typeInfo, cancellationToken);
}
