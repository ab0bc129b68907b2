using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>
/// Container groups whose containers mount Azure file shares of the generated storage accounts, secret volumes
/// and scratch space, with secure environment variables and registry passwords filled in (as a deployment
/// template holds them, so tests can prove they are dropped); and container registries with their webhooks.
/// </summary>
internal static class AzureContainerGenerator
{
    private static readonly string[] Images = ["nginx:1.25", "mcr.microsoft.com/dotnet/aspnet:8.0", "redis:7", "python:3.12-slim", "grafana/grafana:10.4.0"];

    public static void Generate(GeneratorContext context, string subscription, IReadOnlyList<(string Name, string Location)> groups)
    {
        var shares = ArmResources.Listed(context, subscription, "Microsoft.Storage/storageAccounts")
            .SelectMany(account => context.Data.GetObjects($"arm{account["id"]!.GetValue<string>()}/fileServices/default/shares")
                .Select(share => (Account: account["name"]!.GetValue<string>(), Share: share["name"]!.GetValue<string>()))) // generated resources have names
            .ToArray();
        for (var i = 0; i < context.Options.ServicesPerType; i++)
        {
            var (group, location) = groups[i % groups.Count];
            ContainerGroup(context, subscription, group, location, shares, i);
            Registry(context, subscription, group, location);
        }
    }

    private static void ContainerGroup(GeneratorContext context, string subscription, string group, string location,
        IReadOnlyList<(string Account, string Share)> shares, int index)
    {
        var count = context.Options.ChildrenPerParent;
        var name = $"aci-{context.Pick(Names.Workloads)}-{index.ToString("D2", CultureInfo.InvariantCulture)}";
        var volumes = new JsonArray();
        for (var v = 0; v < count; v++)
        {
            var volume = new JsonObject();
            switch (v % 3)
            {
                case 0 when shares.Count > 0:
                    var (account, share) = shares[(index * count + v) % shares.Count];
                    volume["name"] = $"files{v.ToString(CultureInfo.InvariantCulture)}";
                    volume["azureFile"] = new JsonObject
                    {
                        ["shareName"] = share, ["storageAccountName"] = account, ["storageAccountKey"] = ArmResources.AccessKey(context), ["readOnly"] = false,
                    };
                    break;
                case 1:
                    volume["name"] = $"secrets{v.ToString(CultureInfo.InvariantCulture)}";
                    volume["secret"] = new JsonObject { ["appsettings.json"] = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{\"ApiKey\":\"{context.Hex(16)}\"}}")) };
                    break;
                default:
                    volume["name"] = $"scratch{v.ToString(CultureInfo.InvariantCulture)}";
                    volume["emptyDir"] = new JsonObject();
                    break;
            }

            volumes.Add(volume);
        }

        var containers = new JsonArray();
        for (var c = 0; c < count; c++)
        {
            var port = c == 0 ? 80 : 8080 + c;
            containers.Add(new JsonObject
            {
                ["name"] = $"{name}-{(c == 0 ? "app" : $"sidecar{c.ToString(CultureInfo.InvariantCulture)}")}",
                ["properties"] = new JsonObject
                {
                    ["image"] = context.Pick(Images), ["command"] = new JsonArray(), ["ports"] = new JsonArray(new JsonObject { ["protocol"] = "TCP", ["port"] = port }),
                    ["environmentVariables"] = new JsonArray(
                        new JsonObject { ["name"] = "ASPNETCORE_ENVIRONMENT", ["value"] = "Production" },
                        new JsonObject { ["name"] = "DB_PASSWORD", ["secureValue"] = ArmResources.Password(context) }),
                    ["resources"] = new JsonObject { ["requests"] = new JsonObject { ["memoryInGB"] = 1.5, ["cpu"] = 1.0 } },
                    ["volumeMounts"] = volumes.Count == 0 ? new JsonArray() : Mount(volumes[c % volumes.Count]!["name"]!.GetValue<string>()), // every volume has a name
                },
            });
        }

        var dnsLabel = $"{name}-{context.Hex(2)}";
        context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.ContainerInstance/containerGroups"), new JsonObject
        {
            ["id"] = ArmResources.Id(subscription, group, "Microsoft.ContainerInstance/containerGroups", name), ["name"] = name,
            ["type"] = "Microsoft.ContainerInstance/containerGroups", ["location"] = location, ["tags"] = ArmResources.Tags(context, "containers"),
            ["properties"] = new JsonObject
            {
                ["sku"] = "Standard", ["provisioningState"] = "Succeeded", ["containers"] = containers, ["initContainers"] = new JsonArray(),
                ["imageRegistryCredentials"] = new JsonArray(new JsonObject
                {
                    ["server"] = $"acr{context.Options.TenantName.ToLowerInvariant()}.azurecr.io", ["username"] = "pull-token", ["password"] = ArmResources.Password(context),
                }),
                ["restartPolicy"] = "Always", ["osType"] = "Linux", ["volumes"] = volumes,
                ["ipAddress"] = new JsonObject
                {
                    ["ports"] = new JsonArray(new JsonObject { ["protocol"] = "TCP", ["port"] = 80 }), ["ip"] = context.Ip("20.62"), ["type"] = "Public",
                    ["dnsNameLabel"] = dnsLabel, ["fqdn"] = $"{dnsLabel}.{location}.azurecontainer.io",
                },
            },
        });
    }

    private static JsonArray Mount(string volume) => new(new JsonObject { ["name"] = volume, ["mountPath"] = $"/mnt/{volume}", ["readOnly"] = false });

    private static void Registry(GeneratorContext context, string subscription, string group, string location)
    {
        var name = $"acr{context.Pick(Names.Workloads)}{context.Hex(3)}";
        var id = ArmResources.Id(subscription, group, "Microsoft.ContainerRegistry/registries", name);
        var premium = context.Chance(0.5);
        context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.ContainerRegistry/registries"), new JsonObject
        {
            ["sku"] = new JsonObject { ["name"] = premium ? "Premium" : "Standard", ["tier"] = premium ? "Premium" : "Standard" },
            ["type"] = "Microsoft.ContainerRegistry/registries", ["id"] = id, ["name"] = name, ["location"] = location, ["tags"] = new JsonObject(),
            ["systemData"] = ArmResources.SystemData(context),
            ["properties"] = new JsonObject
            {
                ["loginServer"] = $"{name}.azurecr.io", ["creationDate"] = context.DaysAgo(700, 30), ["provisioningState"] = "Succeeded",
                ["adminUserEnabled"] = context.Chance(0.4),
                ["networkRuleSet"] = premium ? new JsonObject { ["defaultAction"] = context.Chance(0.5) ? "Allow" : "Deny", ["ipRules"] = new JsonArray() } : null,
                ["policies"] = new JsonObject
                {
                    ["quarantinePolicy"] = new JsonObject { ["status"] = "disabled" },
                    ["trustPolicy"] = new JsonObject { ["type"] = "Notary", ["status"] = "disabled" },
                    ["retentionPolicy"] = new JsonObject { ["days"] = 7, ["status"] = "disabled" },
                },
                ["encryption"] = new JsonObject { ["status"] = "disabled" }, ["dataEndpointEnabled"] = false, ["dataEndpointHostNames"] = new JsonArray(),
                ["privateEndpointConnections"] = new JsonArray(), ["publicNetworkAccess"] = context.Chance(0.7) ? "Enabled" : "Disabled",
                ["networkRuleBypassOptions"] = "AzureServices", ["zoneRedundancy"] = "Disabled", ["anonymousPullEnabled"] = context.Chance(0.1),
            },
        });
        for (var w = 0; w < context.Options.ChildrenPerParent; w++)
        {
            var webhook = $"{(w % 2 == 0 ? "deployOnPush" : "notifyOnDelete")}{w.ToString(CultureInfo.InvariantCulture)}";
            context.Data.Add($"arm{id}/webhooks", new JsonObject
            {
                ["id"] = $"{id}/webhooks/{webhook}", ["name"] = webhook, ["type"] = "Microsoft.ContainerRegistry/registries/webhooks", ["location"] = location,
                ["tags"] = new JsonObject(),
                ["properties"] = new JsonObject
                {
                    ["status"] = "enabled", ["scope"] = w % 2 == 0 ? "app:*" : string.Empty,
                    ["actions"] = w % 2 == 0 ? new JsonArray("push") : new JsonArray("delete", "chart_delete"), ["provisioningState"] = "Succeeded",
                },
            });
        }
    }
}
