using System.Text.Json;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Network;

/// <summary>
/// Microsoft.Network: public IPs, interfaces, security groups (rules inline), virtual networks (subnets inline),
/// load balancers, and the security-rule edges. One subscription-wide listing per type and subscription; no
/// per-resource calls.
/// </summary>
internal static class NetworkSteps
{
    public const string RmNetworkIpAddresses = "rm-network-ip-addresses";
    public const string RmNetworkInterfaces = "rm-network-interfaces";
    public const string RmNetworkSecurityGroups = "rm-network-security-groups";
    public const string RmNetworkVirtualNetworks = "rm-network-virtual-networks";
    public const string RmNetworkLoadBalancers = "rm-network-load-balancers";
    public const string RmNetworkSecurityGroupRules = "rm-network-security-group-rules";

    public static readonly StepDefinition PublicIpAddresses = new(
        Id: RmNetworkIpAddresses, Name: "Network Public IP Addresses",
        Entities: [NetworkTypes.PublicIp],
        Relationships: [ResourceGroupEdges.Has(NetworkTypes.PublicIp)],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.Network/publicIPAddresses/read"],
        Handler: FetchPublicIpAddressesAsync);

    public static readonly StepDefinition NetworkInterfaces = new(
        Id: RmNetworkInterfaces, Name: "Network Interfaces",
        Entities: [NetworkTypes.Nic],
        Relationships: [ResourceGroupEdges.Has(NetworkTypes.Nic)],
        DependsOn: [RmNetworkIpAddresses, ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.Network/networkInterfaces/read"],
        Handler: FetchNetworkInterfacesAsync);

    public static readonly StepDefinition SecurityGroups = new(
        Id: RmNetworkSecurityGroups, Name: "Network Security Groups",
        Entities: [NetworkTypes.SecurityGroup],
        Relationships: [ResourceGroupEdges.Has(NetworkTypes.SecurityGroup), NetworkTypes.SecurityGroupProtectsNic],
        DependsOn: [RmNetworkInterfaces, ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.Network/networkSecurityGroups/read"],
        Handler: FetchSecurityGroupsAsync);

    public static readonly StepDefinition VirtualNetworks = new(
        Id: RmNetworkVirtualNetworks, Name: "Network Virtual Networks",
        Entities: [NetworkTypes.VirtualNetwork, NetworkTypes.Subnet],
        Relationships: [ResourceGroupEdges.Has(NetworkTypes.VirtualNetwork), NetworkTypes.VirtualNetworkContainsSubnet,
            NetworkTypes.SecurityGroupProtectsSubnet],
        DependsOn: [RmNetworkSecurityGroups, ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.Network/virtualNetworks/read"],
        Handler: FetchVirtualNetworksAsync);

    public static readonly StepDefinition LoadBalancers = new(
        Id: RmNetworkLoadBalancers, Name: "Network Load Balancers",
        Entities: [NetworkTypes.LoadBalancer],
        Relationships: [ResourceGroupEdges.Has(NetworkTypes.LoadBalancer), NetworkTypes.LoadBalancerConnectsNic],
        DependsOn: [RmNetworkIpAddresses, RmNetworkInterfaces, ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.Network/loadBalancers/read"],
        Handler: FetchLoadBalancersAsync);

    public static readonly StepDefinition SecurityGroupRules = new(
        Id: RmNetworkSecurityGroupRules, Name: "Network Security Group Rules",
        Entities: [],
        Relationships: [NetworkTypes.SecurityGroupAllowsSubnet, NetworkTypes.SecurityGroupDeniesSubnet,
            NetworkTypes.SubnetAllowsSecurityGroup, NetworkTypes.SubnetDeniesSecurityGroup],
        DependsOn: [RmNetworkSecurityGroups, RmNetworkVirtualNetworks],
        MappedRelationships: NetworkTypes.RuleTargets,
        Handler: BuildSecurityGroupRulesAsync);

    public static IReadOnlyList<StepDefinition> All { get; } =
        [PublicIpAddresses, NetworkInterfaces, SecurityGroups, VirtualNetworks, LoadBalancers, SecurityGroupRules];

    private static async Task FetchPublicIpAddressesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var index = new PublicIpIndex();
        context.JobState.SetData(PublicIpIndex.Key, index);
        var client = new NetworkClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var ip in client.ListPublicIPAddressesAsync(subscriptionId, ct))
            {
                if (PublicIpConverter.ToEntity(ip, links) is not { } entity)
                {
                    continue;
                }

                AzureEntities.Add(context, entity);
                index.Add(entity.Key, ip.Value.Properties!.IpAddress!); // ToEntity returns null without an address
                ResourceGroupEdges.TryAdd(context, entity);
            }
        }, cancellationToken);
    }

    private static async Task FetchNetworkInterfacesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var publicIps = context.JobState.TryGetData(PublicIpIndex.Key, out var index) ? index : new PublicIpIndex();
        var client = new NetworkClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var nic in client.ListNetworkInterfacesAsync(subscriptionId, ct))
            {
                var entity = NicConverter.ToEntity(nic, publicIps, links);
                AzureEntities.Add(context, entity);
                ResourceGroupEdges.TryAdd(context, entity);
            }
        }, cancellationToken);
    }

    private static async Task FetchSecurityGroupsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var client = new NetworkClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var nsg in client.ListNetworkSecurityGroupsAsync(subscriptionId, ct))
            {
                var entity = SecurityGroupConverter.ToEntity(nsg, links);
                AzureEntities.Add(context, entity);
                ResourceGroupEdges.TryAdd(context, entity);
                foreach (var nicId in (nsg.Value.Properties?.NetworkInterfaces ?? []).Select(n => n.Id).OfType<string>())
                {
                    ReferenceEdges.To(context, NetworkTypes.SecurityGroupProtectsNic, entity.Key, nicId, $"security group {entity.Key}");
                }
            }
        }, cancellationToken);
    }

    private static async Task FetchVirtualNetworksAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var client = new NetworkClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var network in client.ListVirtualNetworksAsync(subscriptionId, ct))
            {
                var entity = VirtualNetworkConverter.ToEntity(network, links);
                AzureEntities.Add(context, entity);
                ResourceGroupEdges.TryAdd(context, entity);
                var subnets = network.Value.Properties?.Subnets ?? [];
                foreach (var subnet in VirtualNetworkConverter.ToSubnetEntities(network, links))
                {
                    AzureEntities.Add(context, subnet);
                    context.JobState.AddRelationship(NetworkTypes.VirtualNetworkContainsSubnet.Create(entity.Key, subnet.Key));
                }

                // The subnet names its security group (CHANGELOG 5.13.0: no separate map that could be missing).
                foreach (var subnet in subnets.Where(s => s.Properties?.NetworkSecurityGroup?.Id is not null))
                {
                    ReferenceEdges.From(context, NetworkTypes.SecurityGroupProtectsSubnet, subnet.Properties!.NetworkSecurityGroup!.Id!, subnet.Id,
                        $"subnet {subnet.Id}");
                }
            }
        }, cancellationToken);
    }

    private static async Task FetchLoadBalancersAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var publicIps = context.JobState.TryGetData(PublicIpIndex.Key, out var index) ? index : new PublicIpIndex();
        var client = new NetworkClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var lb in client.ListLoadBalancersAsync(subscriptionId, ct))
            {
                var entity = LoadBalancerConverter.ToEntity(lb, publicIps, links);
                AzureEntities.Add(context, entity);
                ResourceGroupEdges.TryAdd(context, entity);
                foreach (var nicId in LoadBalancerConverter.BackendNicIds(lb.Value))
                {
                    ReferenceEdges.To(context, NetworkTypes.LoadBalancerConnectsNic, entity.Key, nicId, $"load balancer {entity.Key}");
                }
            }
        }, cancellationToken);
    }

    private static Task BuildSecurityGroupRulesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var subnetsByCidr = context.JobState.IterateEntities(NetworkTypes.Subnet.Type)
            .Where(s => s.Properties.GetString("CIDR") is not null)
            .GroupBy(s => s.Properties.GetString("CIDR")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(s => s.Key)], StringComparer.Ordinal);
        foreach (var group in context.JobState.IterateEntities(NetworkTypes.SecurityGroup.Type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (group.RawData is null
                || JsonSerializer.Deserialize(group.RawData, AzureNetworkJsonContext.Default.NetworkSecurityGroup) is not { } nsg)
            {
                continue;
            }

            foreach (var relationship in SecurityRuleRelationships.For(group.Key, nsg, subnetsByCidr,
                (ruleId, prefix) => AzureLog.RuleSubnetNotFound(context.Logger, context.StepId, ruleId, prefix)))
            {
                if (!context.JobState.HasKey(relationship.Key))
                {
                    context.JobState.AddRelationship(relationship);
                }
            }
        }

        return Task.CompletedTask;
    }
}
