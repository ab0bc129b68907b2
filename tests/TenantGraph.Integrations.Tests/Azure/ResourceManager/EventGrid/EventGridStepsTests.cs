using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.EventGrid;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.EventGrid;

public sealed class EventGridStepsTests
{
    private static RecordedArm Recorded() => new RecordedArm()
        .Add("subscription-id/resourceGroups/*/providers/Microsoft.EventGrid/domains", "providers/Microsoft.EventGrid/domains")
        .Add("subscription-id/resourceGroups/*/providers/Microsoft.EventGrid/topics", "providers/Microsoft.EventGrid/topics")
        .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.EventGrid/domains/domain1/topics")
        .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.EventGrid/domains/domain1/topics/domaintopic1/providers/Microsoft.EventGrid/eventSubscriptions")
        .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.EventGrid/topics/topiceventgrid/providers/Microsoft.EventGrid/eventSubscriptions");

    [Fact]
    public async Task Domain_topic_has_its_event_subscriptions()
    {
        await using var cloud = await Recorded().StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), EventGridSteps.RmEventGridDomainTopicSubscriptions, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        Assert.Equal(5, result.RelationshipsOf(EventGridTypes.DomainTopicHasSubscription.Type).Count);
        Assert.All(result.EntitiesOf(EventGridTypes.TopicSubscription.Type), s => Assert.Equal("StorageQueue", s.Properties["destinationEndpointType"]));
    }

    [Fact]
    public async Task Topic_has_its_event_subscriptions_and_reports_public_access()
    {
        await using var cloud = await Recorded().StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), EventGridSteps.RmEventGridTopicSubscriptions, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        Assert.Equal(2, result.RelationshipsOf(EventGridTypes.TopicHasSubscription.Type).Count);
        var topic = Assert.Single(result.AllEntities, e => e.Type == EventGridTypes.Topic.Type);
        Assert.Equal("Enabled", topic.Properties["publicNetworkAccess"]);
    }
}
