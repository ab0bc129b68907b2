using System.Globalization;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>Virtual networks with subnets, NSGs with realistic rules, and VMs with their NIC, public IP and OS disk.</summary>
internal static class AzureNetworkGenerator
{
    private static readonly (string Name, string Direction, string Access, string Protocol, string Source, string? Ports, string[]? PortList, string[]? Sources)[] Rules =
    [
        ("AllowRDPFromAnywhere", "Inbound", "Allow", "TCP", "*", "3389", null, null),
        ("AllowSSHFromInternet", "Inbound", "Allow", "TCP", "Internet", "22", null, null),
        ("AllowHttpsInbound", "Inbound", "Allow", "TCP", "*", null, ["80", "443"], null),
        ("AllowAppPortsFromVnet", "Inbound", "Allow", "*", "VirtualNetwork", "8000-8999", null, null),
        ("AllowSqlFromOffices", "Inbound", "Allow", "TCP", string.Empty, "1433", null, ["10.0.0.0/8", "192.168.10.0/24"]),
        ("AllowAzureLoadBalancerProbe", "Inbound", "Allow", "*", "AzureLoadBalancer", "*", null, null),
        ("DenyTelnet", "Inbound", "Deny", "TCP", "*", "23", null, null),
        ("AllowStorageOutbound", "Outbound", "Allow", "TCP", "VirtualNetwork", "443", null, null),
    ];

    private static readonly (string Name, int Priority, string Direction, string Access, string Source, string Destination)[] DefaultRules =
    [
        ("AllowVnetInBound", 65000, "Inbound", "Allow", "VirtualNetwork", "VirtualNetwork"),
        ("AllowAzureLoadBalancerInBound", 65001, "Inbound", "Allow", "AzureLoadBalancer", "*"),
        ("DenyAllInBound", 65500, "Inbound", "Deny", "*", "*"),
        ("AllowVnetOutBound", 65000, "Outbound", "Allow", "VirtualNetwork", "VirtualNetwork"),
        ("AllowInternetOutBound", 65001, "Outbound", "Allow", "*", "Internet"),
        ("DenyAllOutBound", 65500, "Outbound", "Deny", "*", "*"),
    ];

    public static void Generate(GeneratorContext context, string subscription, IReadOnlyList<(string Name, string Location)> groups)
    {
        var count = context.Options.ResourcesPerType;
        var subnets = new List<(string Id, string Location)>();
        var nsgIds = new List<string>();
        // Written after the VMs, so that each lists the NICs it protects as ARM does.
        var securityGroups = new List<JsonObject>();
        for (var i = 0; i < count; i++)
        {
            var (group, location) = groups[i % groups.Count];
            var nsgName = $"nsg-{context.Pick(Names.Workloads)}-{i.ToString(CultureInfo.InvariantCulture)}";
            var nsgId = $"/subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.Network/networkSecurityGroups/{nsgName}";
            nsgIds.Add(nsgId);
            var vnetName = $"vnet-{group}-{i.ToString(CultureInfo.InvariantCulture)}";
            var vnetId = $"/subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.Network/virtualNetworks/{vnetName}";
            // 10.x.0.0/16 holds 256 networks; past that, address spaces repeat, as unpeered networks in Azure may.
            var block = (i % 256).ToString(CultureInfo.InvariantCulture);
            var subnetArray = new JsonArray();
            foreach (var (subnetName, octet) in new[] { ("default", 0), ("workload", 1) })
            {
                var subnetId = $"{vnetId}/subnets/{subnetName}";
                subnets.Add((subnetId, location));
                subnetArray.Add(new JsonObject
                {
                    ["name"] = subnetName, ["id"] = subnetId, ["etag"] = Etag(context), ["type"] = "Microsoft.Network/virtualNetworks/subnets",
                    ["properties"] = new JsonObject
                    {
                        ["provisioningState"] = "Succeeded", ["addressPrefix"] = $"10.{block}.{octet.ToString(CultureInfo.InvariantCulture)}.0/24",
                        ["networkSecurityGroup"] = new JsonObject { ["id"] = nsgId }, ["delegations"] = new JsonArray(),
                        ["privateEndpointNetworkPolicies"] = "Disabled", ["privateLinkServiceNetworkPolicies"] = "Enabled",
                    },
                });
            }

            context.Data.Add(List(subscription, "Microsoft.Network/virtualNetworks"), new JsonObject
            {
                ["name"] = vnetName, ["id"] = vnetId, ["etag"] = Etag(context), ["type"] = "Microsoft.Network/virtualNetworks", ["location"] = location,
                ["tags"] = new JsonObject { ["environment"] = context.Pick(Names.Environments) },
                ["properties"] = new JsonObject
                {
                    ["provisioningState"] = "Succeeded", ["resourceGuid"] = context.NewGuid(),
                    ["addressSpace"] = new JsonObject { ["addressPrefixes"] = new JsonArray($"10.{block}.0.0/16") },
                    ["subnets"] = subnetArray, ["virtualNetworkPeerings"] = new JsonArray(), ["enableDdosProtection"] = false,
                },
            });
            securityGroups.Add(SecurityGroup(context, nsgId, nsgName, location, subnetArray, i));
        }

        for (var i = 0; i < count; i++)
        {
            var nicId = VirtualMachine(context, subscription, groups[i % groups.Count].Name, subnets[(i * 2) % subnets.Count], nsgIds[i % nsgIds.Count], i);
            securityGroups[i % securityGroups.Count]["properties"]!["networkInterfaces"]!.AsArray().Add(new JsonObject { ["id"] = nicId });
        }

        securityGroups.ForEach(nsg => context.Data.Add(List(subscription, "Microsoft.Network/networkSecurityGroups"), nsg));
    }

    private static JsonObject SecurityGroup(GeneratorContext context, string id, string name, string location, JsonArray subnets, int index)
    {
        var rules = new JsonArray();
        var priority = 100;
        foreach (var rule in Rules.Where(_ => context.Chance(0.5)))
        {
            var properties = new JsonObject
            {
                ["provisioningState"] = "Succeeded", ["protocol"] = rule.Protocol, ["sourcePortRange"] = "*",
                ["destinationAddressPrefix"] = rule.Direction == "Outbound" && rule.Name.Contains("Storage", StringComparison.Ordinal) ? $"Storage.{location}" : "*",
                ["access"] = rule.Access, ["priority"] = priority, ["direction"] = rule.Direction,
                ["sourcePortRanges"] = new JsonArray(), ["destinationPortRanges"] = new JsonArray(), ["sourceAddressPrefixes"] = new JsonArray(), ["destinationAddressPrefixes"] = new JsonArray(),
            };
            if (rule.Ports is not null)
            {
                properties["destinationPortRange"] = rule.Ports;
            }
            else
            {
                properties["destinationPortRanges"] = new JsonArray([.. rule.PortList!.Select(p => JsonValue.Create(p))]); // a rule has a port or a port list
            }

            if (rule.Sources is not null)
            {
                properties["sourceAddressPrefixes"] = new JsonArray([.. rule.Sources.Select(s => JsonValue.Create(s))]);
            }
            else
            {
                properties["sourceAddressPrefix"] = rule.Source;
            }

            rules.Add(new JsonObject
            {
                ["name"] = rule.Name, ["id"] = $"{id}/securityRules/{rule.Name}", ["etag"] = Etag(context),
                ["type"] = "Microsoft.Network/networkSecurityGroups/securityRules", ["properties"] = properties,
            });
            priority += 10;
        }

        // Rules naming the virtual network's default subnet by its prefix: edges to that subnet in both directions.
        var defaultSubnet = $"10.{index.ToString(CultureInfo.InvariantCulture)}.0.0/24";
        foreach (var (ruleName, direction, access, port) in new[] { ("AllowAppFromDefaultSubnet", "Inbound", "Allow", "8443"), ("DenyRdpToDefaultSubnet", "Outbound", "Deny", "3389") })
        {
            var inbound = direction == "Inbound";
            rules.Add(new JsonObject
            {
                ["name"] = ruleName, ["id"] = $"{id}/securityRules/{ruleName}", ["etag"] = Etag(context), ["type"] = "Microsoft.Network/networkSecurityGroups/securityRules",
                ["properties"] = new JsonObject
                {
                    ["provisioningState"] = "Succeeded", ["protocol"] = "Tcp", ["sourcePortRange"] = "*", ["destinationPortRange"] = port,
                    ["sourceAddressPrefix"] = inbound ? defaultSubnet : "*", ["destinationAddressPrefix"] = inbound ? "*" : defaultSubnet,
                    ["access"] = access, ["priority"] = priority, ["direction"] = direction,
                    ["sourcePortRanges"] = new JsonArray(), ["destinationPortRanges"] = new JsonArray(), ["sourceAddressPrefixes"] = new JsonArray(), ["destinationAddressPrefixes"] = new JsonArray(),
                },
            });
            priority += 10;
        }

        var defaults = new JsonArray([.. DefaultRules.Select(rule => new JsonObject
        {
            ["name"] = rule.Name, ["id"] = $"{id}/defaultSecurityRules/{rule.Name}", ["etag"] = Etag(context),
            ["type"] = "Microsoft.Network/networkSecurityGroups/defaultSecurityRules",
            ["properties"] = new JsonObject
            {
                ["provisioningState"] = "Succeeded", ["description"] = "Default rule", ["protocol"] = "*", ["sourcePortRange"] = "*", ["destinationPortRange"] = "*",
                ["sourceAddressPrefix"] = rule.Source, ["destinationAddressPrefix"] = rule.Destination, ["access"] = rule.Access, ["priority"] = rule.Priority,
                ["direction"] = rule.Direction, ["sourcePortRanges"] = new JsonArray(), ["destinationPortRanges"] = new JsonArray(),
                ["sourceAddressPrefixes"] = new JsonArray(), ["destinationAddressPrefixes"] = new JsonArray(),
            },
        })]);
        return new JsonObject
        {
            ["name"] = name, ["id"] = id, ["etag"] = Etag(context), ["type"] = "Microsoft.Network/networkSecurityGroups", ["location"] = location,
            ["tags"] = new JsonObject(),
            ["properties"] = new JsonObject
            {
                ["provisioningState"] = "Succeeded", ["resourceGuid"] = context.NewGuid(), ["securityRules"] = rules, ["defaultSecurityRules"] = defaults,
                ["subnets"] = new JsonArray([.. subnets.Select(s => new JsonObject { ["id"] = s!["id"]!.GetValue<string>() })]), ["networkInterfaces"] = new JsonArray(),
            },
        };
    }

    /// <summary>Adds a VM with its public IP, NIC and OS disk; returns the NIC's id.</summary>
    private static string VirtualMachine(GeneratorContext context, string subscription, string group, (string Id, string Location) subnet, string nsgId, int index)
    {
        var windows = context.Chance(0.5);
        var name = $"vm-{context.Pick(Names.Workloads)}-{index.ToString("D2", CultureInfo.InvariantCulture)}";
        var prefix = $"/subscriptions/{subscription}/resourceGroups/{group}/providers";
        var vmId = $"{prefix}/Microsoft.Compute/virtualMachines/{name}";
        var nicId = $"{prefix}/Microsoft.Network/networkInterfaces/{name}-nic";
        var ipId = $"{prefix}/Microsoft.Network/publicIPAddresses/{name}-ip";
        var diskId = $"{prefix}/Microsoft.Compute/disks/{name}_OsDisk_1_{context.Hex(16)}";
        var location = subnet.Location;
        context.Data.Add(List(subscription, "Microsoft.Network/publicIPAddresses"), new JsonObject
        {
            ["name"] = $"{name}-ip", ["id"] = ipId, ["etag"] = Etag(context), ["location"] = location, ["tags"] = new JsonObject(),
            ["sku"] = new JsonObject { ["name"] = "Standard", ["tier"] = "Regional" }, ["type"] = "Microsoft.Network/publicIPAddresses", ["zones"] = new JsonArray(),
            ["properties"] = new JsonObject
            {
                ["provisioningState"] = "Succeeded", ["resourceGuid"] = context.NewGuid(), ["ipAddress"] = context.Ip("20.119"), ["publicIPAddressVersion"] = "IPv4",
                ["publicIPAllocationMethod"] = "Static", ["idleTimeoutInMinutes"] = 4, ["ipTags"] = new JsonArray(),
                ["ipConfiguration"] = new JsonObject { ["id"] = $"{nicId}/ipConfigurations/ipconfig1" },
            },
        });
        context.Data.Add(List(subscription, "Microsoft.Network/networkInterfaces"), new JsonObject
        {
            ["name"] = $"{name}-nic", ["id"] = nicId, ["etag"] = Etag(context), ["location"] = location, ["tags"] = new JsonObject(), ["type"] = "Microsoft.Network/networkInterfaces", ["kind"] = "Regular",
            ["properties"] = new JsonObject
            {
                ["provisioningState"] = "Succeeded", ["resourceGuid"] = context.NewGuid(),
                ["ipConfigurations"] = new JsonArray(new JsonObject
                {
                    ["name"] = "ipconfig1", ["id"] = $"{nicId}/ipConfigurations/ipconfig1", ["etag"] = Etag(context), ["type"] = "Microsoft.Network/networkInterfaces/ipConfigurations",
                    ["properties"] = new JsonObject
                    {
                        ["provisioningState"] = "Succeeded", ["privateIPAddress"] = context.Ip("10.0"), ["privateIPAllocationMethod"] = "Dynamic",
                        ["publicIPAddress"] = new JsonObject { ["id"] = ipId }, ["subnet"] = new JsonObject { ["id"] = subnet.Id }, ["primary"] = true, ["privateIPAddressVersion"] = "IPv4",
                    },
                }),
                ["dnsSettings"] = new JsonObject { ["dnsServers"] = new JsonArray(), ["appliedDnsServers"] = new JsonArray() },
                ["macAddress"] = string.Join('-', Enumerable.Range(0, 6).Select(_ => context.Hex(1).ToUpperInvariant())),
                ["enableAcceleratedNetworking"] = false, ["enableIPForwarding"] = false, ["networkSecurityGroup"] = new JsonObject { ["id"] = nsgId },
                ["primary"] = true, ["virtualMachine"] = new JsonObject { ["id"] = vmId }, ["hostedWorkloads"] = new JsonArray(), ["nicType"] = "Standard",
            },
        });
        context.Data.Add(List(subscription, "Microsoft.Compute/disks"), new JsonObject
        {
            ["name"] = diskId[(diskId.LastIndexOf('/') + 1)..], ["id"] = diskId, ["type"] = "Microsoft.Compute/disks", ["location"] = location, ["tags"] = new JsonObject(),
            ["managedBy"] = vmId, ["sku"] = new JsonObject { ["name"] = "Premium_LRS", ["tier"] = "Premium" },
            ["properties"] = new JsonObject
            {
                ["osType"] = windows ? "Windows" : "Linux", ["hyperVGeneration"] = "V2", ["creationData"] = new JsonObject { ["createOption"] = "FromImage" },
                ["diskSizeGB"] = windows ? 127 : 30, ["diskIOPSReadWrite"] = 500, ["diskMBpsReadWrite"] = 100,
                ["encryption"] = new JsonObject { ["type"] = "EncryptionAtRestWithPlatformKey" }, ["networkAccessPolicy"] = "AllowAll", ["publicNetworkAccess"] = "Enabled",
                ["timeCreated"] = context.DaysAgo(400, 10), ["provisioningState"] = "Succeeded", ["diskState"] = "Attached",
                ["diskSizeBytes"] = (windows ? 127L : 30L) * 1024 * 1024 * 1024, ["uniqueId"] = context.NewGuid(),
            },
        });
        context.Data.Add(List(subscription, "Microsoft.Compute/virtualMachines"), new JsonObject
        {
            ["name"] = name, ["id"] = vmId, ["type"] = "Microsoft.Compute/virtualMachines", ["location"] = location,
            ["tags"] = new JsonObject { ["owner"] = context.Users.Count > 0 ? context.Pick(context.Users).UserPrincipalName : "ops" },
            ["identity"] = new JsonObject { ["type"] = "SystemAssigned", ["principalId"] = context.NewGuid(), ["tenantId"] = context.Options.TenantId },
            ["properties"] = new JsonObject
            {
                ["vmId"] = context.NewGuid(), ["hardwareProfile"] = new JsonObject { ["vmSize"] = context.Pick(["Standard_D2s_v3", "Standard_B2ms", "Standard_D4s_v5", "Standard_E4s_v5"]) },
                ["storageProfile"] = new JsonObject
                {
                    ["imageReference"] = windows
                        ? new JsonObject { ["publisher"] = "MicrosoftWindowsServer", ["offer"] = "WindowsServer", ["sku"] = "2022-datacenter-azure-edition", ["version"] = "latest", ["exactVersion"] = "20348.2340.240303" }
                        : new JsonObject { ["publisher"] = "Canonical", ["offer"] = "0001-com-ubuntu-server-jammy", ["sku"] = "22_04-lts-gen2", ["version"] = "latest", ["exactVersion"] = "22.04.202404080" },
                    ["osDisk"] = new JsonObject
                    {
                        ["osType"] = windows ? "Windows" : "Linux", ["name"] = diskId[(diskId.LastIndexOf('/') + 1)..], ["createOption"] = "FromImage", ["caching"] = "ReadWrite",
                        ["managedDisk"] = new JsonObject { ["storageAccountType"] = "Premium_LRS", ["id"] = diskId }, ["deleteOption"] = "Delete", ["diskSizeGB"] = windows ? 127 : 30,
                    },
                    ["dataDisks"] = new JsonArray(),
                },
                ["osProfile"] = new JsonObject
                {
                    ["computerName"] = name, ["adminUsername"] = "azureuser", ["secrets"] = new JsonArray(), ["allowExtensionOperations"] = true, ["requireGuestProvisionSignal"] = true,
                    [windows ? "windowsConfiguration" : "linuxConfiguration"] = windows
                        ? new JsonObject { ["provisionVMAgent"] = true, ["enableAutomaticUpdates"] = true }
                        : new JsonObject { ["disablePasswordAuthentication"] = true, ["provisionVMAgent"] = true },
                },
                ["networkProfile"] = new JsonObject { ["networkInterfaces"] = new JsonArray(new JsonObject { ["id"] = nicId }) },
                ["diagnosticsProfile"] = new JsonObject { ["bootDiagnostics"] = new JsonObject { ["enabled"] = true } },
                ["provisioningState"] = "Succeeded", ["timeCreated"] = context.DaysAgo(400, 10),
            },
        });
        return nicId;
    }

    internal static string List(string subscription, string type) => $"arm/subscriptions/{subscription}/providers/{type}";

    internal static string Etag(GeneratorContext context) => $"W/\"{context.NewGuid()}\"";
}
