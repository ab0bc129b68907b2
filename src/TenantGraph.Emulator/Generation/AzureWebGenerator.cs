using System.Globalization;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>
/// CDN profiles with endpoints in front of the storage accounts' static sites, API Management services with their
/// APIs, and Batch accounts with applications, certificates (their PFX data and password filled in, so tests can
/// prove they are dropped) and pools.
/// </summary>
internal static class AzureWebGenerator
{
    private static readonly (string Name, string DisplayName, string Path)[] Apis =
    [
        ("echo-api", "Echo API", "echo"), ("orders-api", "Orders API", "orders"), ("customers-api", "Customers API", "customers"), ("billing-api", "Billing API", "billing"),
    ];

    public static void Generate(GeneratorContext context, string subscription, IReadOnlyList<(string Name, string Location)> groups)
    {
        var accounts = ArmResources.Listed(context, subscription, "Microsoft.Storage/storageAccounts");
        for (var i = 0; i < context.Options.ServicesPerType; i++)
        {
            var (group, location) = groups[i % groups.Count];
            var account = accounts.Count > 0 ? accounts[i % accounts.Count] : null;
            Cdn(context, subscription, group, account);
            ApiManagement(context, subscription, group, location);
            Batch(context, subscription, group, location, account);
        }
    }

    private static void Cdn(GeneratorContext context, string subscription, string group, JsonObject? origin)
    {
        var name = $"cdn-{context.Pick(Names.Workloads)}-{context.Hex(3)}";
        var id = ArmResources.Id(subscription, group, "Microsoft.Cdn/profiles", name);
        var originHost = origin?["properties"]?["primaryEndpoints"]?["web"]?.GetValue<string>() is { } web ? new Uri(web).Host : $"www.{context.Domain}";
        context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.Cdn/profiles"), new JsonObject
        {
            ["id"] = id, ["type"] = "Microsoft.Cdn/profiles", ["name"] = name, ["location"] = "Global", ["kind"] = "cdn", ["tags"] = new JsonObject(),
            ["sku"] = new JsonObject { ["name"] = context.Pick(["Standard_Microsoft", "Standard_Verizon", "Premium_Verizon"]) },
            ["properties"] = new JsonObject { ["resourceState"] = "Active", ["provisioningState"] = "Succeeded", ["frontDoorId"] = null, ["originResponseTimeoutSeconds"] = null },
        });
        for (var e = 0; e < context.Options.ChildrenPerParent; e++)
        {
            var endpoint = $"{name}-{(e == 0 ? "www" : $"static{e.ToString(CultureInfo.InvariantCulture)}")}";
            var httpAllowed = context.Chance(0.4);
            context.Data.Add($"arm{id}/endpoints", new JsonObject
            {
                ["id"] = $"{id}/endpoints/{endpoint}", ["type"] = "Microsoft.Cdn/profiles/endpoints", ["name"] = endpoint, ["location"] = "Global", ["tags"] = new JsonObject(),
                ["properties"] = new JsonObject
                {
                    ["hostName"] = $"{endpoint}.azureedge.net", ["originHostHeader"] = originHost, ["originPath"] = null,
                    ["contentTypesToCompress"] = new JsonArray("text/html", "application/json"), ["isCompressionEnabled"] = true,
                    ["isHttpAllowed"] = httpAllowed, ["isHttpsAllowed"] = true, ["queryStringCachingBehavior"] = "IgnoreQueryString",
                    ["optimizationType"] = "GeneralWebDelivery", ["geoFilters"] = new JsonArray(),
                    ["origins"] = new JsonArray(new JsonObject
                    {
                        ["name"] = "origin1",
                        ["properties"] = new JsonObject { ["hostName"] = originHost, ["httpPort"] = 80, ["httpsPort"] = 443, ["originHostHeader"] = originHost, ["priority"] = 1, ["weight"] = 1000, ["enabled"] = true },
                    }),
                    ["resourceState"] = "Running", ["provisioningState"] = "Succeeded",
                },
            });
        }
    }

    private static void ApiManagement(GeneratorContext context, string subscription, string group, string location)
    {
        var name = $"apim-{context.Pick(Names.Workloads)}-{context.Hex(3)}";
        var id = ArmResources.Id(subscription, group, "Microsoft.ApiManagement/service", name);
        var legacyTls = context.Chance(0.3) ? "True" : "False";
        context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.ApiManagement/service"), new JsonObject
        {
            ["id"] = id, ["name"] = name, ["type"] = "Microsoft.ApiManagement/service", ["tags"] = ArmResources.Tags(context, "api"), ["location"] = location,
            ["etag"] = context.Hex(8), ["sku"] = new JsonObject { ["name"] = context.Pick(["Developer", "Standard", "Premium"]), ["capacity"] = 1 },
            ["identity"] = new JsonObject { ["type"] = "SystemAssigned", ["principalId"] = context.NewGuid(), ["tenantId"] = context.Options.TenantId },
            ["systemData"] = ArmResources.SystemData(context),
            ["properties"] = new JsonObject
            {
                ["publisherEmail"] = $"api-team@{context.Domain}", ["publisherName"] = context.Options.TenantName, ["notificationSenderEmail"] = "apimgmt-noreply@mail.windowsazure.com",
                ["provisioningState"] = "Succeeded", ["targetProvisioningState"] = string.Empty, ["createdAtUtc"] = context.DaysAgo(600, 30),
                ["gatewayUrl"] = $"https://{name}.azure-api.net", ["gatewayRegionalUrl"] = $"https://{name}-{location}-01.regional.azure-api.net",
                ["portalUrl"] = $"https://{name}.portal.azure-api.net", ["developerPortalUrl"] = $"https://{name}.developer.azure-api.net",
                ["managementApiUrl"] = $"https://{name}.management.azure-api.net", ["scmUrl"] = $"https://{name}.scm.azure-api.net",
                ["hostnameConfigurations"] = new JsonArray(), ["publicIPAddresses"] = new JsonArray(context.Ip("20.84")), ["privateIPAddresses"] = null,
                ["publicNetworkAccess"] = "Enabled", ["virtualNetworkType"] = "None", ["disableGateway"] = false, ["platformVersion"] = "stv2",
                ["customProperties"] = new JsonObject
                {
                    ["Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls10"] = legacyTls,
                    ["Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls11"] = legacyTls,
                    ["Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Backend.Protocols.Ssl30"] = "False",
                },
            },
        });
        for (var a = 0; a < context.Options.ChildrenPerParent; a++)
        {
            var api = Apis[a % Apis.Length];
            var suffix = a < Apis.Length ? string.Empty : (a / Apis.Length).ToString(CultureInfo.InvariantCulture);
            context.Data.Add($"arm{id}/apis", new JsonObject
            {
                ["id"] = $"{id}/apis/{api.Name}{suffix}", ["type"] = "Microsoft.ApiManagement/service/apis", ["name"] = $"{api.Name}{suffix}",
                ["properties"] = new JsonObject
                {
                    ["displayName"] = api.DisplayName, ["apiRevision"] = "1", ["description"] = null, ["subscriptionRequired"] = a != 0,
                    ["serviceUrl"] = a == 0 ? "http://echoapi.cloudapp.net/api" : $"https://{api.Path}.{context.Options.TenantName.ToLowerInvariant()}.com",
                    ["path"] = $"{api.Path}{suffix}", ["protocols"] = a == 0 ? new JsonArray("http", "https") : new JsonArray("https"),
                    ["authenticationSettings"] = null, ["subscriptionKeyParameterNames"] = null, ["isCurrent"] = true, ["type"] = "http",
                },
            });
        }
    }

    private static void Batch(GeneratorContext context, string subscription, string group, string location, JsonObject? storage)
    {
        var count = context.Options.ChildrenPerParent;
        var name = $"batch{context.Pick(Names.Workloads)}{context.Hex(3)}";
        var id = ArmResources.Id(subscription, group, "Microsoft.Batch/batchAccounts", name);
        context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.Batch/batchAccounts"), new JsonObject
        {
            ["id"] = id, ["name"] = name, ["type"] = "Microsoft.Batch/batchAccounts", ["location"] = location, ["tags"] = ArmResources.Tags(context, "batch"),
            ["identity"] = new JsonObject { ["type"] = "None" },
            ["properties"] = new JsonObject
            {
                ["accountEndpoint"] = $"{name}.{location}.batch.azure.com", ["nodeManagementEndpoint"] = $"{context.Hex(8)}.{location}.service.batch.azure.com",
                ["provisioningState"] = "Succeeded", ["poolAllocationMode"] = "BatchService", ["publicNetworkAccess"] = context.Chance(0.7) ? "Enabled" : "Disabled",
                ["encryption"] = new JsonObject { ["keySource"] = "Microsoft.Batch" },
                ["autoStorage"] = storage is null ? null : new JsonObject
                {
                    ["storageAccountId"] = storage["id"]!.GetValue<string>(), ["lastKeySync"] = context.DaysAgo(90), ["authenticationMode"] = "StorageKeys",
                },
                ["dedicatedCoreQuota"] = 20, ["lowPriorityCoreQuota"] = 100, ["poolQuota"] = 100, ["activeJobAndJobScheduleQuota"] = 300,
                ["allowedAuthenticationModes"] = new JsonArray("SharedKey", "AAD", "TaskAuthenticationToken"),
            },
        });
        for (var c = 0; c < count; c++)
        {
            var application = $"{context.Pick(Names.Workloads)}-job{c.ToString(CultureInfo.InvariantCulture)}";
            context.Data.Add($"arm{id}/applications", new JsonObject
            {
                ["id"] = $"{id}/applications/{application}", ["name"] = application, ["type"] = "Microsoft.Batch/batchAccounts/applications", ["etag"] = $"W/\"0x8DC{context.Hex(6).ToUpperInvariant()}\"",
                ["properties"] = new JsonObject { ["displayName"] = application, ["allowUpdates"] = true, ["defaultVersion"] = "1.0" },
            });
            var thumbprint = context.Hex(20);
            context.Data.Add($"arm{id}/certificates", new JsonObject
            {
                ["id"] = $"{id}/certificates/sha1-{thumbprint}", ["name"] = $"sha1-{thumbprint}", ["type"] = "Microsoft.Batch/batchAccounts/certificates",
                ["etag"] = $"W/\"0x8DC{context.Hex(6).ToUpperInvariant()}\"",
                ["properties"] = new JsonObject
                {
                    ["thumbprintAlgorithm"] = "sha1", ["thumbprint"] = thumbprint, ["format"] = "Pfx", ["provisioningState"] = "Succeeded",
                    ["provisioningStateTransitionTime"] = context.DaysAgo(200, 10), ["publicData"] = $"MIIC{ArmResources.AccessKey(context)[..40]}",
                    ["data"] = $"MIIK{ArmResources.AccessKey(context)}", ["password"] = ArmResources.Password(context),
                },
            });
            var pool = $"pool-{(c % 2 == 0 ? "linux" : "windows")}{c.ToString(CultureInfo.InvariantCulture)}";
            var nodes = context.Random.Next(0, 5);
            context.Data.Add($"arm{id}/pools", new JsonObject
            {
                ["id"] = $"{id}/pools/{pool}", ["name"] = pool, ["type"] = "Microsoft.Batch/batchAccounts/pools", ["etag"] = $"W/\"0x8DC{context.Hex(6).ToUpperInvariant()}\"",
                ["properties"] = new JsonObject
                {
                    ["lastModified"] = context.DaysAgo(60), ["creationTime"] = context.DaysAgo(400, 60), ["provisioningState"] = "Succeeded",
                    ["provisioningStateTransitionTime"] = context.DaysAgo(400, 60), ["allocationState"] = "Steady", ["allocationStateTransitionTime"] = context.DaysAgo(5),
                    ["vmSize"] = context.Pick(["STANDARD_D2S_V3", "STANDARD_F4S_V2"]), ["interNodeCommunication"] = "Disabled", ["taskSlotsPerNode"] = 1,
                    ["taskSchedulingPolicy"] = new JsonObject { ["nodeFillType"] = "Spread" },
                    ["deploymentConfiguration"] = new JsonObject
                    {
                        ["virtualMachineConfiguration"] = c % 2 == 0
                            ? new JsonObject { ["imageReference"] = new JsonObject { ["publisher"] = "canonical", ["offer"] = "0001-com-ubuntu-server-jammy", ["sku"] = "22_04-lts", ["version"] = "latest" }, ["nodeAgentSkuId"] = "batch.node.ubuntu 22.04" }
                            : new JsonObject { ["imageReference"] = new JsonObject { ["publisher"] = "microsoftwindowsserver", ["offer"] = "windowsserver", ["sku"] = "2022-datacenter", ["version"] = "latest" }, ["nodeAgentSkuId"] = "batch.node.windows amd64" },
                    },
                    ["scaleSettings"] = new JsonObject { ["fixedScale"] = new JsonObject { ["targetDedicatedNodes"] = nodes, ["targetLowPriorityNodes"] = 0, ["resizeTimeout"] = "PT15M" } },
                    ["currentDedicatedNodes"] = nodes, ["currentLowPriorityNodes"] = 0,
                },
            });
        }
    }
}
