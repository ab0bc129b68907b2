using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.ServiceBus;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.ServiceBus;

public sealed class ServiceBusStepsTests
{
    private static RecordedArm Recorded() => new RecordedArm()
        .Add("d3803fd6-2ba4-4286-80aa-f3d613ad59a7/providers/Microsoft.ServiceBus/namespaces")
        .Add("d3803fd6-2ba4-4286-80aa-f3d613ad59a7/resourceGroups/j1dev/providers/Microsoft.ServiceBus/namespaces/ndowmon1j1dev/queues")
        .Add("d3803fd6-2ba4-4286-80aa-f3d613ad59a7/resourceGroups/j1dev/providers/Microsoft.ServiceBus/namespaces/ndowmon1j1dev/topics")
        .Add("d3803fd6-2ba4-4286-80aa-f3d613ad59a7/resourceGroups/j1dev/providers/Microsoft.ServiceBus/namespaces/ndowmon1j1dev/topics/j1dev-topic/subscriptions");

    [Fact]
    public async Task Topic_has_its_subscription()
    {
        await using var cloud = await Recorded().StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), ServiceBusSteps.RmServiceBusSubscriptions, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        var subscription = Assert.Single(result.EntitiesOf(ServiceBusTypes.Subscription.Type));
        var edge = Assert.Single(result.RelationshipsOf(ServiceBusTypes.TopicHasSubscription.Type));
        Assert.Equal(subscription.Key, edge.ToKey);
        Assert.EndsWith("/topics/j1dev-topic", edge.FromKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Namespace_has_its_queue()
    {
        await using var cloud = await Recorded().StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), ServiceBusSteps.RmServiceBusQueues, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        var queue = Assert.Single(result.EntitiesOf(ServiceBusTypes.Queue.Type));
        Assert.Equal("Active", queue.Properties["status"]);
        Assert.Single(result.RelationshipsOf(ServiceBusTypes.NamespaceHasQueue.Type));
    }
}
