using System.Globalization;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>Cosmos DB accounts (SQL API) with their databases, some open to the internet and some behind IP rules.</summary>
internal static class AzureCosmosDbGenerator
{
    public static void Generate(GeneratorContext context, string subscription, IReadOnlyList<(string Name, string Location)> groups)
    {
        for (var i = 0; i < context.Options.ServicesPerType; i++)
        {
            var (group, location) = groups[i % groups.Count];
            var name = $"cosmos-{context.Pick(Names.Workloads)}-{context.Hex(3)}";
            var id = ArmResources.Id(subscription, group, "Microsoft.DocumentDB/databaseAccounts", name);
            var endpoint = $"https://{name}.documents.azure.com:443/";
            var region = new JsonObject
            {
                ["id"] = $"{name}-{location}", ["locationName"] = location, ["documentEndpoint"] = $"https://{name}-{location}.documents.azure.com:443/",
                ["provisioningState"] = "Succeeded", ["failoverPriority"] = 0, ["isZoneRedundant"] = false,
            };
            var restricted = context.Chance(0.5);
            context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.DocumentDB/databaseAccounts"), new JsonObject
            {
                ["id"] = id, ["name"] = name, ["location"] = location, ["type"] = "Microsoft.DocumentDB/databaseAccounts", ["kind"] = "GlobalDocumentDB",
                ["tags"] = ArmResources.Tags(context, "cosmos"), ["systemData"] = ArmResources.SystemData(context),
                ["identity"] = new JsonObject { ["type"] = "None" },
                ["properties"] = new JsonObject
                {
                    ["provisioningState"] = "Succeeded", ["documentEndpoint"] = endpoint, ["publicNetworkAccess"] = restricted ? "Disabled" : "Enabled",
                    ["enableAutomaticFailover"] = context.Chance(0.5), ["enableMultipleWriteLocations"] = false, ["enablePartitionKeyMonitor"] = false,
                    ["isVirtualNetworkFilterEnabled"] = false, ["virtualNetworkRules"] = new JsonArray(), ["EnabledApiTypes"] = "Sql",
                    ["disableKeyBasedMetadataWriteAccess"] = context.Chance(0.3), ["enableFreeTier"] = false, ["enableAnalyticalStorage"] = false,
                    ["databaseAccountOfferType"] = "Standard", ["defaultIdentity"] = "FirstPartyIdentity", ["networkAclBypass"] = "None",
                    ["disableLocalAuth"] = context.Chance(0.3), ["minimalTlsVersion"] = context.Chance(0.8) ? "Tls12" : "Tls",
                    ["consistencyPolicy"] = new JsonObject { ["defaultConsistencyLevel"] = "Session", ["maxIntervalInSeconds"] = 5, ["maxStalenessPrefix"] = 100 },
                    ["ipRules"] = restricted ? new JsonArray(new JsonObject { ["ipAddressOrRange"] = "203.0.113.0/24" }, new JsonObject { ["ipAddressOrRange"] = context.Ip("52.168") }) : new JsonArray(),
                    ["writeLocations"] = new JsonArray(region.DeepClone()), ["readLocations"] = new JsonArray(region.DeepClone()), ["locations"] = new JsonArray(region.DeepClone()),
                    ["failoverPolicies"] = new JsonArray(new JsonObject { ["id"] = $"{name}-{location}", ["locationName"] = location, ["failoverPriority"] = 0 }),
                    ["cors"] = new JsonArray(), ["capabilities"] = new JsonArray(), ["backupPolicy"] = new JsonObject { ["type"] = "Periodic" },
                },
            });
            for (var d = 0; d < context.Options.ChildrenPerParent; d++)
            {
                var database = $"{context.Pick(Names.Workloads)}-{d.ToString(CultureInfo.InvariantCulture)}";
                context.Data.Add($"arm{id}/sqlDatabases", new JsonObject
                {
                    ["id"] = $"{id}/sqlDatabases/{database}", ["type"] = "Microsoft.DocumentDB/databaseAccounts/sqlDatabases", ["name"] = database,
                    ["properties"] = new JsonObject
                    {
                        ["resource"] = new JsonObject
                        {
                            ["id"] = database, ["_rid"] = context.Hex(4), ["_ts"] = 1_700_000_000 + context.Random.Next(10_000_000),
                            ["_etag"] = $"\"{context.NewGuid()}\"", ["_colls"] = "colls/", ["_users"] = "users/",
                        },
                    },
                });
            }
        }
    }
}
