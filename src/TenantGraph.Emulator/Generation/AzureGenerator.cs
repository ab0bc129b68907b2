using System.Globalization;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>
/// ARM: subscriptions, resource groups, storage accounts, key vaults, SQL servers and RBAC here; every other family
/// in its own generator. Later families link to what earlier ones made (load balancers to NICs, container volumes to
/// file shares, diagnostic settings to storage accounts, role assignments to resources), so the order matters.
/// </summary>
internal static class AzureGenerator
{
    private static readonly (string Id, string Name, string Description, string[] Actions)[] BuiltInRoles =
    [
        ("8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "Owner", "Grants full access to manage all resources, including the ability to assign roles in Azure RBAC.", ["*"]),
        ("b24988ac-6180-42a0-ab88-20f7382dd24c", "Contributor", "Grants full access to manage all resources, but does not allow you to assign roles in Azure RBAC.", ["*"]),
        ("acdd72a7-3385-48ef-bd42-f606fba81ae7", "Reader", "View all resources, but does not allow you to make any changes.", ["*/read"]),
        ("18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", "User Access Administrator", "Lets you manage user access to Azure resources.", ["*/read", "Microsoft.Authorization/*"]),
        ("4d97b98b-1d4f-4787-a291-c67834d212e7", "Network Contributor", "Lets you manage networks, but not access to them.", ["Microsoft.Network/*"]),
        ("2a2b9908-6ea1-4ae2-8e65-a410df84e7d1", "Storage Blob Data Reader", "Read and list Azure Storage containers and blobs.", ["Microsoft.Storage/storageAccounts/blobServices/containers/read"]),
        ("4633458b-17de-408a-b874-0445c86b69e6", "Key Vault Secrets User", "Read secret contents.", []),
    ];

    /// <summary>The resource kinds, besides subscriptions and resource groups, that role assignments are scoped to.</summary>
    private static readonly string[] ScopedTypes =
    [
        "Microsoft.KeyVault/vaults", "Microsoft.Storage/storageAccounts", "Microsoft.Network/networkSecurityGroups", "Microsoft.Network/networkInterfaces",
        "Microsoft.Network/publicIPAddresses", "Microsoft.Network/virtualNetworks", "Microsoft.ContainerRegistry/registries",
        "Microsoft.DocumentDB/databaseAccounts", "Microsoft.Network/dnszones", "Microsoft.Network/privateDnsZones", "Microsoft.ApiManagement/service",
    ];

    public static void Generate(GeneratorContext context)
    {
        var options = context.Options;
        for (var s = 0; s < options.Subscriptions; s++)
        {
            var subscription = context.NewGuid();
            var environment = Names.Environments[s % Names.Environments.Length];
            context.Data.Add("arm/subscriptions", new JsonObject
            {
                ["id"] = $"/subscriptions/{subscription}", ["authorizationSource"] = "RoleBased", ["managedByTenants"] = new JsonArray(),
                ["subscriptionId"] = subscription, ["tenantId"] = options.TenantId, ["displayName"] = $"{options.TenantName} {environment}", ["state"] = "Enabled",
                ["subscriptionPolicies"] = new JsonObject { ["locationPlacementId"] = "Public_2014-09-01", ["quotaId"] = "PayAsYouGo_2014-09-01", ["spendingLimit"] = "Off" },
            });
            var groups = new List<(string Name, string Location)>();
            for (var g = 0; g < Math.Max(1, options.ResourceGroupsPerSubscription); g++)
            {
                var name = $"rg-{Names.Workloads[g % Names.Workloads.Length]}-{environment}";
                var location = Names.Locations[(s + g) % Names.Locations.Length];
                groups.Add((name, location));
                context.Data.Add($"arm/subscriptions/{subscription}/resourceGroups", new JsonObject
                {
                    ["id"] = $"/subscriptions/{subscription}/resourceGroups/{name}", ["name"] = name, ["type"] = "Microsoft.Resources/resourceGroups",
                    ["location"] = location, ["tags"] = new JsonObject { ["environment"] = environment }, ["properties"] = new JsonObject { ["provisioningState"] = "Succeeded" },
                });
            }

            AzureNetworkGenerator.Generate(context, subscription, groups);
            KeyVaults(context, subscription, groups);
            Storage(context, subscription, groups);
            AzureStorageGenerator.Generate(context, subscription);
            Sql(context, subscription, groups);
            AzureComputeGenerator.Generate(context, subscription, groups);
            AzureDatabaseGenerator.Generate(context, subscription, groups);
            AzureCosmosDbGenerator.Generate(context, subscription, groups);
            AzureRedisGenerator.Generate(context, subscription, groups);
            AzureContainerGenerator.Generate(context, subscription, groups);
            AzureMessagingGenerator.Generate(context, subscription, groups);
            AzureWebGenerator.Generate(context, subscription, groups);
            AzureDnsGenerator.Generate(context, subscription, groups);
            AzureMonitorGenerator.Generate(context, subscription);
            AzureSecurityGenerator.Generate(context, subscription, groups);
            Authorization(context, subscription, groups);
        }
    }

    private static void Storage(GeneratorContext context, string subscription, List<(string Name, string Location)> groups)
    {
        var vaults = ArmResources.Listed(context, subscription, "Microsoft.KeyVault/vaults");
        for (var i = 0; i < context.Options.ResourcesPerType; i++)
        {
            // Every other account encrypts with a customer-managed key from one of the subscription's vaults.
            var vault = i % 2 == 1 && vaults.Count > 0 ? vaults[i % vaults.Count] : null;
            var (group, location) = groups[i % groups.Count];
            var name = $"st{context.Options.TenantName.ToLowerInvariant()}{context.Hex(5)}";
            var time = context.DaysAgo(600, 30);
            var encrypted = new JsonObject { ["keyType"] = "Account", ["enabled"] = true, ["lastEnabledTime"] = time };
            context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.Storage/storageAccounts"), new JsonObject
            {
                ["sku"] = new JsonObject { ["name"] = context.Pick(["Standard_LRS", "Standard_GRS", "Standard_ZRS"]), ["tier"] = "Standard" }, ["kind"] = "StorageV2",
                ["id"] = $"/subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.Storage/storageAccounts/{name}", ["name"] = name,
                ["type"] = "Microsoft.Storage/storageAccounts", ["location"] = location, ["tags"] = new JsonObject(),
                ["properties"] = new JsonObject
                {
                    ["keyCreationTime"] = new JsonObject { ["key1"] = time, ["key2"] = time }, ["privateEndpointConnections"] = new JsonArray(),
                    ["minimumTlsVersion"] = context.Chance(0.8) ? "TLS1_2" : "TLS1_0", ["allowBlobPublicAccess"] = context.Chance(0.2), ["allowSharedKeyAccess"] = true,
                    ["supportsHttpsTrafficOnly"] = context.Chance(0.9),
                    ["encryption"] = new JsonObject
                    {
                        ["services"] = new JsonObject { ["file"] = encrypted.DeepClone(), ["blob"] = encrypted.DeepClone() },
                        ["keySource"] = vault is null ? "Microsoft.Storage" : "Microsoft.Keyvault", ["requireInfrastructureEncryption"] = false,
                        ["keyvaultproperties"] = vault is null ? null : new JsonObject
                        {
                            ["keyname"] = "storage-cmk", ["keyversion"] = context.Hex(16), ["keyvaulturi"] = vault["properties"]!["vaultUri"]!.GetValue<string>(), // generated vaults have a uri
                            ["currentVersionedKeyIdentifier"] = null, ["lastKeyRotationTimestamp"] = time,
                        },
                    },
                    ["accessTier"] = "Hot", ["provisioningState"] = "Succeeded", ["creationTime"] = time,
                    ["primaryEndpoints"] = new JsonObject
                    {
                        ["dfs"] = $"https://{name}.dfs.core.windows.net/", ["web"] = $"https://{name}.z13.web.core.windows.net/", ["blob"] = $"https://{name}.blob.core.windows.net/",
                        ["queue"] = $"https://{name}.queue.core.windows.net/", ["table"] = $"https://{name}.table.core.windows.net/", ["file"] = $"https://{name}.file.core.windows.net/",
                    },
                    ["primaryLocation"] = location, ["statusOfPrimary"] = "available",
                    ["networkAcls"] = new JsonObject { ["bypass"] = "AzureServices", ["virtualNetworkRules"] = new JsonArray(), ["ipRules"] = new JsonArray(), ["defaultAction"] = context.Chance(0.5) ? "Allow" : "Deny" },
                },
            });
        }
    }

    private static void KeyVaults(GeneratorContext context, string subscription, List<(string Name, string Location)> groups)
    {
        for (var i = 0; i < context.Options.ResourcesPerType; i++)
        {
            var (group, location) = groups[i % groups.Count];
            var name = $"kv-{context.Pick(Names.Workloads)}-{context.Hex(3)}";
            context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.KeyVault/vaults"), new JsonObject
            {
                ["id"] = $"/subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.KeyVault/vaults/{name}", ["name"] = name,
                ["type"] = "Microsoft.KeyVault/vaults", ["location"] = location, ["tags"] = new JsonObject(),
                ["systemData"] = new JsonObject { ["createdBy"] = "admin@" + context.Domain, ["createdByType"] = "User", ["createdAt"] = context.DaysAgo(500, 30) },
                ["properties"] = new JsonObject
                {
                    ["sku"] = new JsonObject { ["family"] = "A", ["name"] = "standard" }, ["tenantId"] = context.Options.TenantId, ["accessPolicies"] = new JsonArray(),
                    ["enabledForDeployment"] = false, ["enabledForDiskEncryption"] = false, ["enabledForTemplateDeployment"] = false, ["enableSoftDelete"] = true,
                    ["softDeleteRetentionInDays"] = 90, ["enableRbacAuthorization"] = true, ["enablePurgeProtection"] = context.Chance(0.5) ? true : null,
                    ["vaultUri"] = $"https://{name}.vault.azure.net/", ["provisioningState"] = "Succeeded", ["publicNetworkAccess"] = "Enabled",
                },
            });
        }
    }

    private static void Sql(GeneratorContext context, string subscription, List<(string Name, string Location)> groups)
    {
        for (var i = 0; i < context.Options.ResourcesPerType; i++)
        {
            var (group, location) = groups[i % groups.Count];
            var name = $"sql-{context.Pick(Names.Workloads)}-{context.Hex(3)}";
            var serverId = $"/subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.Sql/servers/{name}";
            context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.Sql/servers"), new JsonObject
            {
                ["kind"] = "v12.0", ["location"] = location, ["tags"] = new JsonObject(), ["id"] = serverId, ["name"] = name, ["type"] = "Microsoft.Sql/servers",
                ["properties"] = new JsonObject
                {
                    ["administratorLogin"] = "sqladmin", ["administratorLoginPassword"] = ArmResources.Password(context), ["version"] = "12.0", ["state"] = "Ready", ["fullyQualifiedDomainName"] = $"{name}.database.windows.net",
                    ["privateEndpointConnections"] = new JsonArray(), ["minimalTlsVersion"] = "1.2", ["publicNetworkAccess"] = context.Chance(0.5) ? "Enabled" : "Disabled",
                    ["restrictOutboundNetworkAccess"] = "Disabled",
                },
            });
            var databases = $"arm/subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.Sql/servers/{name}/databases";
            foreach (var database in new[] { "master" }.Concat(Enumerable.Range(1, context.Options.SqlDatabasesPerServer).Select(n => $"db-{context.Pick(Names.Workloads)}-{n.ToString(CultureInfo.InvariantCulture)}")))
            {
                var isMaster = database == "master";
                context.Data.Add(databases, new JsonObject
                {
                    ["sku"] = isMaster ? new JsonObject { ["name"] = "System", ["tier"] = "System", ["capacity"] = 0 } : new JsonObject { ["name"] = "GP_S_Gen5", ["tier"] = "GeneralPurpose", ["family"] = "Gen5", ["capacity"] = 2 },
                    ["kind"] = isMaster ? "v12.0,system" : "v12.0,user,vcore,serverless", ["managedBy"] = isMaster ? serverId : null, ["location"] = location, ["tags"] = new JsonObject(),
                    ["id"] = $"{serverId}/databases/{database}", ["name"] = database, ["type"] = "Microsoft.Sql/servers/databases",
                    ["properties"] = new JsonObject
                    {
                        ["collation"] = "SQL_Latin1_General_CP1_CI_AS", ["maxSizeBytes"] = isMaster ? 32212254720L : 34359738368L, ["status"] = "Online",
                        ["databaseId"] = context.NewGuid(), ["creationDate"] = context.DaysAgo(500, 30), ["currentServiceObjectiveName"] = isMaster ? "System0" : "GP_S_Gen5_2",
                        ["catalogCollation"] = "SQL_Latin1_General_CP1_CI_AS", ["zoneRedundant"] = false, ["readScale"] = "Disabled",
                        ["currentBackupStorageRedundancy"] = "Geo", ["requestedBackupStorageRedundancy"] = "Geo", ["isLedgerOn"] = false,
                    },
                });
            }
        }
    }

    private static void Authorization(GeneratorContext context, string subscription, List<(string Name, string Location)> groups)
    {
        var definitions = AzureNetworkGenerator.List(subscription, "Microsoft.Authorization/roleDefinitions");
        foreach (var role in BuiltInRoles)
        {
            context.Data.Add(definitions, new JsonObject
            {
                ["properties"] = new JsonObject
                {
                    ["roleName"] = role.Name, ["type"] = "BuiltInRole", ["description"] = role.Description, ["assignableScopes"] = new JsonArray("/"),
                    ["permissions"] = new JsonArray(new JsonObject
                    {
                        ["actions"] = new JsonArray([.. role.Actions.Select(a => JsonValue.Create(a))]),
                        ["notActions"] = role.Name == "Contributor" ? new JsonArray("Microsoft.Authorization/*/Delete", "Microsoft.Authorization/*/Write") : new JsonArray(),
                        ["dataActions"] = role.Name == "Key Vault Secrets User" ? new JsonArray("Microsoft.KeyVault/vaults/secrets/getSecret/action") : new JsonArray(),
                        ["notDataActions"] = new JsonArray(),
                    }),
                    ["createdOn"] = "2015-02-02T21:55:09.8806423Z", ["updatedOn"] = "2024-03-12T20:17:12.3141839Z", ["createdBy"] = null, ["updatedBy"] = null,
                },
                ["id"] = $"/subscriptions/{subscription}/providers/Microsoft.Authorization/roleDefinitions/{role.Id}", ["type"] = "Microsoft.Authorization/roleDefinitions", ["name"] = role.Id,
            });
        }

        // The collector's own service principal, by object id as role assignments name principals.
        var collector = context.Data.Info.Apps[0].ObjectId;
        for (var i = 0; i < context.Options.RoleAssignmentsPerSubscription; i++)
        {
            var role = BuiltInRoles[context.Random.Next(BuiltInRoles.Length)];
            var (principalType, principalId) = context.Chance(0.7) && context.Users.Count > 0
                ? ("User", context.Pick(context.Users).Id)
                : context.GroupIds.Count > 0 && context.Chance(0.6) ? ("Group", context.Pick(context.GroupIds)) : ("ServicePrincipal", collector);
            var scope = context.Chance(0.4) ? $"/subscriptions/{subscription}" : $"/subscriptions/{subscription}/resourceGroups/{context.Pick(groups).Name}";
            Assign(context, subscription, role.Id, principalType, principalId, scope);
        }

        // One assignment on the first resource of each kind a role can be scoped to, as teams grant access to their own resources.
        foreach (var type in ScopedTypes)
        {
            if (ArmResources.Ids(context, subscription, type).FirstOrDefault() is not { } scope)
            {
                continue;
            }

            var role = BuiltInRoles[context.Random.Next(1, BuiltInRoles.Length)]; // any role but Owner, which is granted higher up
            var (principalType, principalId) = context.GroupIds.Count > 0 && context.Chance(0.5) ? ("Group", context.Pick(context.GroupIds))
                : context.Users.Count > 0 && context.Chance(0.7) ? ("User", context.Pick(context.Users).Id) : ("ServicePrincipal", collector);
            Assign(context, subscription, role.Id, principalType, principalId, scope);
        }
    }

    private static void Assign(GeneratorContext context, string subscription, string roleId, string principalType, string principalId, string scope)
    {
        var name = context.NewGuid();
        context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.Authorization/roleAssignments"), new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["roleDefinitionId"] = $"/subscriptions/{subscription}/providers/Microsoft.Authorization/roleDefinitions/{roleId}", ["principalId"] = principalId,
                ["principalType"] = principalType, ["scope"] = scope, ["condition"] = null, ["conditionVersion"] = null, ["createdOn"] = context.DaysAgo(700, 10),
                ["updatedOn"] = context.DaysAgo(10), ["createdBy"] = context.NewGuid(), ["updatedBy"] = context.NewGuid(),
                ["delegatedManagedIdentityResourceId"] = null, ["description"] = null,
            },
            ["id"] = $"{scope}/providers/Microsoft.Authorization/roleAssignments/{name}", ["type"] = "Microsoft.Authorization/roleAssignments", ["name"] = name,
        });
    }
}
