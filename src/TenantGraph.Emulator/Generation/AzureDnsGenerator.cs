using System.Globalization;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>
/// Public DNS zones (each with its SOA and NS record sets at the apex, as Azure creates them, plus address, alias,
/// mail and text records) and private DNS zones (each with its SOA record set plus address records). Public zones
/// spell record types in capitals (<c>ARecords</c>, <c>TTL</c>), private zones in camel case, as ARM does.
/// </summary>
internal static class AzureDnsGenerator
{
    private static readonly string[] PrivateZones = ["privatelink.blob.core.windows.net", "privatelink.vaultcore.azure.net", "privatelink.database.windows.net"];

    public static void Generate(GeneratorContext context, string subscription, IReadOnlyList<(string Name, string Location)> groups)
    {
        var domain = $"{context.Options.TenantName.ToLowerInvariant()}.com";
        for (var i = 0; i < context.Options.ServicesPerType; i++)
        {
            var group = groups[i % groups.Count].Name;
            var index = i.ToString(CultureInfo.InvariantCulture);
            PublicZone(context, subscription, group, i == 0 ? domain : $"{context.Pick(Names.Workloads)}{index}.{domain}");
            PrivateZone(context, subscription, group, i < PrivateZones.Length ? PrivateZones[i] : $"zone{index}.internal.{domain}");
        }
    }

    private static void PublicZone(GeneratorContext context, string subscription, string group, string zone)
    {
        var id = ArmResources.Id(subscription, group, "Microsoft.Network/dnszones", zone);
        var shard = context.Random.Next(1, 10).ToString("D2", CultureInfo.InvariantCulture);
        var nameServers = new[] { $"ns1-{shard}.azure-dns.com.", $"ns2-{shard}.azure-dns.net.", $"ns3-{shard}.azure-dns.org.", $"ns4-{shard}.azure-dns.info." };
        var records = new List<JsonObject>
        {
            Record(context, id, zone, "SOA", "@", 3600, new JsonObject
            {
                ["SOARecord"] = new JsonObject
                {
                    ["email"] = "azuredns-hostmaster.microsoft.com", ["expireTime"] = 2419200, ["host"] = nameServers[0], ["minimumTTL"] = 300,
                    ["refreshTime"] = 3600, ["retryTime"] = 300, ["serialNumber"] = 1,
                },
            }),
            Record(context, id, zone, "NS", "@", 172800, new JsonObject
            {
                ["NSRecords"] = new JsonArray([.. nameServers.Select(n => (JsonNode)new JsonObject { ["nsdname"] = n })]),
            }),
        };
        for (var r = 0; r < context.Options.ChildrenPerParent; r++)
        {
            var suffix = r < 4 ? string.Empty : (r / 4).ToString(CultureInfo.InvariantCulture);
            records.Add((r % 4) switch
            {
                0 => Record(context, id, zone, "A", $"www{suffix}", 3600, new JsonObject { ["ARecords"] = new JsonArray(new JsonObject { ["ipv4Address"] = context.Ip("20.42") }) }),
                1 => Record(context, id, zone, "CNAME", $"api{suffix}", 3600, new JsonObject { ["CNAMERecord"] = new JsonObject { ["cname"] = $"apim-{context.Hex(3)}.azure-api.net" } }),
                2 => Record(context, id, zone, "MX", r < 4 ? "@" : $"mail{suffix}", 3600, new JsonObject
                {
                    ["MXRecords"] = new JsonArray(new JsonObject { ["preference"] = 0, ["exchange"] = $"{zone.Replace('.', '-')}.mail.protection.outlook.com" }),
                }),
                _ => Record(context, id, zone, "TXT", r < 4 ? "@" : $"txt{suffix}", 3600, new JsonObject
                {
                    ["TXTRecords"] = new JsonArray(new JsonObject { ["value"] = new JsonArray("v=spf1 include:spf.protection.outlook.com -all") }),
                }),
            });
        }

        context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.Network/dnszones"), new JsonObject
        {
            ["id"] = id, ["name"] = zone, ["type"] = "Microsoft.Network/dnszones", ["etag"] = context.NewGuid(), ["location"] = "global", ["tags"] = new JsonObject(),
            ["properties"] = new JsonObject
            {
                ["maxNumberOfRecordSets"] = 10000, ["maxNumberOfRecordsPerRecordSet"] = null, ["nameServers"] = new JsonArray([.. nameServers.Select(n => JsonValue.Create(n))]),
                ["numberOfRecordSets"] = records.Count, ["zoneType"] = "Public",
            },
        });
        records.ForEach(record => context.Data.Add($"arm{id}/recordsets", record));
    }

    private static void PrivateZone(GeneratorContext context, string subscription, string group, string zone)
    {
        var id = ArmResources.Id(subscription, group, "Microsoft.Network/privateDnsZones", zone);
        var records = new List<JsonObject>
        {
            Record(context, id, zone, "SOA", "@", 3600, new JsonObject
            {
                ["soaRecord"] = new JsonObject
                {
                    ["email"] = "azureprivatedns-host.microsoft.com", ["expireTime"] = 2419200, ["host"] = "azureprivatedns.net", ["minimumTtl"] = 10,
                    ["refreshTime"] = 3600, ["retryTime"] = 300, ["serialNumber"] = 1,
                },
            }, isPrivate: true),
        };
        for (var r = 0; r < context.Options.ChildrenPerParent; r++)
        {
            records.Add(Record(context, id, zone, "A", $"{context.Pick(Names.Workloads)}{r.ToString(CultureInfo.InvariantCulture)}", 10,
                new JsonObject { ["aRecords"] = new JsonArray(new JsonObject { ["ipv4Address"] = context.Ip("10.0") }) }, isPrivate: true));
        }

        context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.Network/privateDnsZones"), new JsonObject
        {
            ["id"] = id, ["name"] = zone, ["type"] = "Microsoft.Network/privateDnsZones", ["etag"] = context.NewGuid(), ["location"] = "global", ["tags"] = new JsonObject(),
            ["properties"] = new JsonObject
            {
                ["maxNumberOfRecordSets"] = 25000, ["maxNumberOfVirtualNetworkLinks"] = 1000, ["maxNumberOfVirtualNetworkLinksWithRegistration"] = 100,
                ["numberOfRecordSets"] = records.Count, ["numberOfVirtualNetworkLinks"] = 0, ["numberOfVirtualNetworkLinksWithRegistration"] = 0,
                ["provisioningState"] = "Succeeded",
            },
        });
        records.ForEach(record => context.Data.Add($"arm{id}/ALL", record));
    }

    private static JsonObject Record(GeneratorContext context, string zoneId, string zone, string type, string name, int ttl, JsonObject values, bool isPrivate = false)
    {
        var properties = new JsonObject
        {
            [isPrivate ? "ttl" : "TTL"] = ttl, ["fqdn"] = name == "@" ? $"{zone}." : $"{name}.{zone}.", ["provisioningState"] = "Succeeded",
        };
        if (isPrivate)
        {
            properties["isAutoRegistered"] = false;
        }
        else
        {
            properties["targetResource"] = new JsonObject();
        }

        foreach (var (key, value) in values.ToArray())
        {
            values.Remove(key);
            properties[key] = value;
        }

        return new JsonObject
        {
            ["id"] = $"{zoneId}/{type}/{name}", ["name"] = name, ["type"] = $"Microsoft.Network/{(isPrivate ? "privateDnsZones" : "dnszones")}/{type}",
            ["etag"] = context.NewGuid(), ["properties"] = properties,
        };
    }
}
