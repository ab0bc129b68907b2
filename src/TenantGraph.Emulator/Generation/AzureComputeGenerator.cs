using System.Globalization;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>Images captured from the generated VMs, and internal load balancers whose backend pools hold the VMs' NICs.</summary>
internal static class AzureComputeGenerator
{
    public static void Generate(GeneratorContext context, string subscription, IReadOnlyList<(string Name, string Location)> groups)
    {
        var vms = ArmResources.Listed(context, subscription, "Microsoft.Compute/virtualMachines");
        var nics = ArmResources.Listed(context, subscription, "Microsoft.Network/networkInterfaces");
        for (var i = 0; i < context.Options.ServicesPerType; i++)
        {
            var (group, location) = groups[i % groups.Count];
            Image(context, subscription, group, location, vms.Count > 0 ? vms[i % vms.Count] : null, i);
            LoadBalancer(context, subscription, group, location, nics, i);
        }
    }

    private static void Image(GeneratorContext context, string subscription, string group, string location, JsonObject? vm, int index)
    {
        var name = $"img-{context.Pick(Names.Workloads)}-{index.ToString("D2", CultureInfo.InvariantCulture)}";
        var id = ArmResources.Id(subscription, group, "Microsoft.Compute/images", name);
        var linux = vm?["properties"]?["storageProfile"]?["osDisk"]?["osType"]?.GetValue<string>() != "Windows";
        context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.Compute/images"), new JsonObject
        {
            ["name"] = name, ["id"] = id, ["type"] = "Microsoft.Compute/images", ["location"] = location, ["tags"] = ArmResources.Tags(context, "golden-image"),
            ["properties"] = new JsonObject
            {
                ["sourceVirtualMachine"] = vm is null ? null : new JsonObject { ["id"] = vm["id"]!.GetValue<string>() },
                ["storageProfile"] = new JsonObject
                {
                    ["osDisk"] = new JsonObject
                    {
                        ["osType"] = linux ? "Linux" : "Windows", ["osState"] = "Generalized", ["diskSizeGB"] = linux ? 30 : 127,
                        ["managedDisk"] = vm?["properties"]?["storageProfile"]?["osDisk"]?["managedDisk"]?.DeepClone(),
                        ["caching"] = "ReadWrite", ["storageAccountType"] = "Premium_LRS",
                    },
                    ["dataDisks"] = new JsonArray(), ["zoneResilient"] = false,
                },
                ["provisioningState"] = "Succeeded", ["hyperVGeneration"] = "V2",
            },
        });
    }

    private static void LoadBalancer(GeneratorContext context, string subscription, string group, string location, IReadOnlyList<JsonObject> nics, int index)
    {
        var name = $"lb-{context.Pick(Names.Workloads)}-{index.ToString("D2", CultureInfo.InvariantCulture)}";
        var id = ArmResources.Id(subscription, group, "Microsoft.Network/loadBalancers", name);
        // Two NICs per balancer, taken in turn, so every balancer connects something when there are NICs at all.
        var members = new JsonArray([.. Enumerable.Range(index * 2, Math.Min(2, nics.Count))
            .Select(n => nics[n % nics.Count]["properties"]!["ipConfigurations"]![0]!["id"]!.GetValue<string>()) // generated NICs have one ip configuration
            .Distinct(StringComparer.Ordinal)
            .Select(ipConfiguration => (JsonNode)new JsonObject { ["id"] = ipConfiguration })]);
        var subnet = nics.Count > 0 ? nics[(index * 2) % nics.Count]["properties"]!["ipConfigurations"]![0]!["properties"]!["subnet"]!.DeepClone() : null;
        context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.Network/loadBalancers"), new JsonObject
        {
            ["name"] = name, ["id"] = id, ["etag"] = AzureNetworkGenerator.Etag(context), ["type"] = "Microsoft.Network/loadBalancers", ["location"] = location,
            ["tags"] = new JsonObject(), ["sku"] = new JsonObject { ["name"] = "Standard", ["tier"] = "Regional" },
            ["properties"] = new JsonObject
            {
                ["provisioningState"] = "Succeeded", ["resourceGuid"] = context.NewGuid(),
                ["frontendIPConfigurations"] = new JsonArray(new JsonObject
                {
                    ["name"] = "frontend", ["id"] = $"{id}/frontendIPConfigurations/frontend", ["etag"] = AzureNetworkGenerator.Etag(context),
                    ["type"] = "Microsoft.Network/loadBalancers/frontendIPConfigurations",
                    ["properties"] = new JsonObject
                    {
                        ["provisioningState"] = "Succeeded", ["privateIPAddress"] = context.Ip("10.0"), ["privateIPAllocationMethod"] = "Dynamic",
                        ["subnet"] = subnet, ["privateIPAddressVersion"] = "IPv4",
                        ["loadBalancingRules"] = new JsonArray(new JsonObject { ["id"] = $"{id}/loadBalancingRules/https" }),
                    },
                }),
                ["backendAddressPools"] = new JsonArray(new JsonObject
                {
                    ["name"] = "backend", ["id"] = $"{id}/backendAddressPools/backend", ["etag"] = AzureNetworkGenerator.Etag(context),
                    ["type"] = "Microsoft.Network/loadBalancers/backendAddressPools",
                    ["properties"] = new JsonObject { ["provisioningState"] = "Succeeded", ["backendIPConfigurations"] = members },
                }),
                ["loadBalancingRules"] = new JsonArray(new JsonObject
                {
                    ["name"] = "https", ["id"] = $"{id}/loadBalancingRules/https", ["type"] = "Microsoft.Network/loadBalancers/loadBalancingRules",
                    ["properties"] = new JsonObject
                    {
                        ["provisioningState"] = "Succeeded", ["frontendPort"] = 443, ["backendPort"] = 443, ["enableFloatingIP"] = false,
                        ["idleTimeoutInMinutes"] = 4, ["protocol"] = "Tcp", ["loadDistribution"] = "Default", ["disableOutboundSnat"] = false,
                        ["frontendIPConfiguration"] = new JsonObject { ["id"] = $"{id}/frontendIPConfigurations/frontend" },
                        ["backendAddressPool"] = new JsonObject { ["id"] = $"{id}/backendAddressPools/backend" },
                        ["probe"] = new JsonObject { ["id"] = $"{id}/probes/https" },
                    },
                }),
                ["probes"] = new JsonArray(new JsonObject
                {
                    ["name"] = "https", ["id"] = $"{id}/probes/https", ["type"] = "Microsoft.Network/loadBalancers/probes",
                    ["properties"] = new JsonObject { ["provisioningState"] = "Succeeded", ["protocol"] = "Tcp", ["port"] = 443, ["intervalInSeconds"] = 5, ["numberOfProbes"] = 2 },
                }),
                ["inboundNatRules"] = new JsonArray(), ["outboundRules"] = new JsonArray(), ["inboundNatPools"] = new JsonArray(),
            },
        });
    }
}
