using System.Globalization;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>Service Bus namespaces with queues, topics and topic subscriptions; Event Grid domains with topics, and topics, each with event subscriptions.</summary>
internal static class AzureMessagingGenerator
{
    public static void Generate(GeneratorContext context, string subscription, IReadOnlyList<(string Name, string Location)> groups)
    {
        for (var i = 0; i < context.Options.ServicesPerType; i++)
        {
            var (group, location) = groups[i % groups.Count];
            ServiceBus(context, subscription, group, location);
            EventGrid(context, subscription, group, location, "Microsoft.EventGrid/domains", "egd");
            EventGrid(context, subscription, group, location, "Microsoft.EventGrid/topics", "egt");
        }
    }

    private static void ServiceBus(GeneratorContext context, string subscription, string group, string location)
    {
        var count = context.Options.ChildrenPerParent;
        var name = $"sb-{context.Pick(Names.Workloads)}-{context.Hex(3)}";
        var id = ArmResources.Id(subscription, group, "Microsoft.ServiceBus/namespaces", name);
        context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.ServiceBus/namespaces"), new JsonObject
        {
            ["sku"] = new JsonObject { ["name"] = "Standard", ["tier"] = "Standard" }, ["id"] = id, ["name"] = name, ["type"] = "Microsoft.ServiceBus/Namespaces",
            ["location"] = location, ["tags"] = ArmResources.Tags(context, "messaging"), ["systemData"] = ArmResources.SystemData(context),
            ["properties"] = new JsonObject
            {
                ["minimumTlsVersion"] = context.Chance(0.8) ? "1.2" : "1.0", ["publicNetworkAccess"] = context.Chance(0.7) ? "Enabled" : "Disabled",
                ["disableLocalAuth"] = context.Chance(0.3), ["zoneRedundant"] = false, ["provisioningState"] = "Succeeded",
                ["metricId"] = $"{subscription}:{name}", ["createdAt"] = context.DaysAgo(700, 100), ["updatedAt"] = context.DaysAgo(100),
                ["serviceBusEndpoint"] = $"https://{name}.servicebus.windows.net:443/", ["status"] = "Active",
            },
        });
        for (var c = 0; c < count; c++)
        {
            var queue = $"{StageName(c)}-queue";
            context.Data.Add($"arm{id}/queues", Entity(context, $"{id}/queues/{queue}", queue, "Microsoft.ServiceBus/Namespaces/Queues", location, topic: false));
            var topic = $"{StageName(c)}-events";
            var topicId = $"{id}/topics/{topic}";
            context.Data.Add($"arm{id}/topics", Entity(context, topicId, topic, "Microsoft.ServiceBus/Namespaces/Topics", location, topic: true));
            for (var s = 0; s < count; s++)
            {
                var subscriber = $"{context.Pick(Names.Workloads)}-sub{s.ToString(CultureInfo.InvariantCulture)}";
                context.Data.Add($"arm{topicId}/subscriptions", new JsonObject
                {
                    ["id"] = $"{topicId}/subscriptions/{subscriber}", ["name"] = subscriber, ["type"] = "Microsoft.ServiceBus/Namespaces/Topics/Subscriptions", ["location"] = location,
                    ["properties"] = new JsonObject
                    {
                        ["isClientAffine"] = false, ["lockDuration"] = "PT1M", ["requiresSession"] = false, ["defaultMessageTimeToLive"] = "P14D",
                        ["deadLetteringOnFilterEvaluationExceptions"] = false, ["deadLetteringOnMessageExpiration"] = true, ["messageCount"] = context.Random.Next(50),
                        ["maxDeliveryCount"] = 10, ["status"] = "Active", ["enableBatchedOperations"] = true, ["autoDeleteOnIdle"] = "P10675199DT2H48M5.4775807S",
                        ["createdAt"] = context.DaysAgo(400, 30), ["updatedAt"] = context.DaysAgo(30), ["accessedAt"] = context.DaysAgo(2),
                    },
                });
            }
        }
    }

    private static JsonObject Entity(GeneratorContext context, string id, string name, string type, string location, bool topic)
    {
        var properties = new JsonObject
        {
            ["maxMessageSizeInKilobytes"] = 256, ["maxSizeInMegabytes"] = context.Pick([1024, 5120]), ["requiresDuplicateDetection"] = context.Chance(0.3),
            ["defaultMessageTimeToLive"] = "P14D", ["duplicateDetectionHistoryTimeWindow"] = "PT10M", ["enableBatchedOperations"] = true,
            ["sizeInBytes"] = context.Random.Next(1_000_000), ["status"] = "Active", ["autoDeleteOnIdle"] = "P10675199DT2H48M5.4775807S",
            ["enablePartitioning"] = false, ["enableExpress"] = false,
            ["createdAt"] = context.DaysAgo(500, 30), ["updatedAt"] = context.DaysAgo(30), ["accessedAt"] = context.DaysAgo(2),
        };
        if (topic)
        {
            properties["subscriptionCount"] = context.Options.ChildrenPerParent;
            properties["supportOrdering"] = true;
        }
        else
        {
            properties["lockDuration"] = "PT1M";
            properties["requiresSession"] = false;
            properties["deadLetteringOnMessageExpiration"] = context.Chance(0.5);
            properties["maxDeliveryCount"] = 10;
            properties["messageCount"] = context.Random.Next(200);
        }

        return new JsonObject { ["id"] = id, ["name"] = name, ["type"] = type, ["location"] = location, ["properties"] = properties };
    }

    private static void EventGrid(GeneratorContext context, string subscription, string group, string location, string type, string prefix)
    {
        var count = context.Options.ChildrenPerParent;
        var name = $"{prefix}-{context.Pick(Names.Workloads)}-{context.Hex(3)}";
        var id = ArmResources.Id(subscription, group, type, name);
        var restricted = context.Chance(0.4);
        var properties = new JsonObject
        {
            ["provisioningState"] = "Succeeded", ["endpoint"] = $"https://{name}.{location}-1.eventgrid.azure.net/api/events", ["inputSchema"] = "EventGridSchema",
            ["metricResourceId"] = context.NewGuid(), ["publicNetworkAccess"] = restricted ? "Disabled" : "Enabled",
            ["inboundIpRules"] = restricted ? new JsonArray() : new JsonArray(new JsonObject { ["ipMask"] = "203.0.113.0/24", ["action"] = "Allow" }),
            ["disableLocalAuth"] = context.Chance(0.3), ["dataResidencyBoundary"] = "WithinGeopair",
        };
        var domain = type.EndsWith("domains", StringComparison.Ordinal);
        if (domain)
        {
            properties["autoCreateTopicWithFirstSubscription"] = true;
            properties["autoDeleteTopicWithLastSubscription"] = true;
        }

        context.Data.Add(AzureNetworkGenerator.List(subscription, type), new JsonObject
        {
            ["properties"] = properties, ["sku"] = new JsonObject { ["name"] = "Basic" }, ["identity"] = new JsonObject { ["type"] = "None" },
            ["systemData"] = ArmResources.SystemData(context), ["location"] = location, ["tags"] = ArmResources.Tags(context, "events"),
            ["id"] = id, ["name"] = name, ["type"] = type,
        });
        if (!domain)
        {
            EventSubscriptions(context, id, count);
            return;
        }

        for (var t = 0; t < count; t++)
        {
            var topic = $"tenant-{StageName(t)}";
            var topicId = $"{id}/topics/{topic}";
            context.Data.Add($"arm{id}/topics", new JsonObject
            {
                ["properties"] = new JsonObject { ["provisioningState"] = "Succeeded" }, ["systemData"] = ArmResources.SystemData(context),
                ["id"] = topicId, ["name"] = topic, ["type"] = "Microsoft.EventGrid/domains/topics",
            });
            EventSubscriptions(context, topicId, count);
        }
    }

    private static void EventSubscriptions(GeneratorContext context, string topicId, int count)
    {
        for (var s = 0; s < count; s++)
        {
            var name = $"{context.Pick(Names.Workloads)}-handler{s.ToString(CultureInfo.InvariantCulture)}";
            var webhook = s % 2 == 0;
            context.Data.Add($"arm{topicId}/providers/Microsoft.EventGrid/eventSubscriptions", new JsonObject
            {
                ["properties"] = new JsonObject
                {
                    // ARM reports the topic in lower case.
                    ["topic"] = topicId.ToLowerInvariant(), ["provisioningState"] = "Succeeded",
                    ["destination"] = webhook
                        ? new JsonObject
                        {
                            ["endpointType"] = "WebHook",
                            ["properties"] = new JsonObject { ["endpointBaseUrl"] = $"https://hooks.{context.Options.TenantName.ToLowerInvariant()}.com/api/events", ["maxEventsPerBatch"] = 1 },
                        }
                        : new JsonObject { ["endpointType"] = "StorageQueue", ["properties"] = new JsonObject { ["queueName"] = "events", ["queueMessageTimeToLiveInSeconds"] = 300 } },
                    ["filter"] = new JsonObject { ["includedEventTypes"] = new JsonArray("Microsoft.Resources.ResourceWriteSuccess"), ["enableAdvancedFilteringOnArrays"] = true },
                    ["labels"] = new JsonArray(), ["eventDeliverySchema"] = "EventGridSchema",
                    ["retryPolicy"] = new JsonObject { ["maxDeliveryAttempts"] = 30, ["eventTimeToLiveInMinutes"] = 1440 },
                },
                ["systemData"] = ArmResources.SystemData(context), ["id"] = $"{topicId}/providers/Microsoft.EventGrid/eventSubscriptions/{name}", ["name"] = name,
                ["type"] = "Microsoft.EventGrid/eventSubscriptions",
            });
        }
    }

    private static string StageName(int index) => AzureStorageGenerator.Name(["orders", "billing", "audit", "shipping"], index);
}
