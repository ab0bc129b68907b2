using System.Globalization;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>
/// MySQL, PostgreSQL and MariaDB single servers with their databases, and the auditing, alerting and encryption
/// settings of the SQL servers and databases. Servers carry their administrator password, which ARM never returns
/// but which tests rely on to prove the collector would not keep it.
/// </summary>
internal static class AzureDatabaseGenerator
{
    private static readonly (string Namespace, string Prefix, string Host, string[] Versions, string Charset, string Collation)[] Engines =
    [
        ("Microsoft.DBforMySQL", "mysql", "mysql.database.azure.com", ["5.7", "8.0"], "utf8", "utf8_general_ci"),
        ("Microsoft.DBforPostgreSQL", "psql", "postgres.database.azure.com", ["11"], "UTF8", "English_United States.1252"),
        ("Microsoft.DBforMariaDB", "mariadb", "mariadb.database.azure.com", ["10.2", "10.3"], "latin1", "latin1_swedish_ci"),
    ];

    public static void Generate(GeneratorContext context, string subscription, IReadOnlyList<(string Name, string Location)> groups)
    {
        foreach (var engine in Engines)
        {
            for (var i = 0; i < context.Options.ServicesPerType; i++)
            {
                var (group, location) = groups[i % groups.Count];
                var name = $"{engine.Prefix}-{context.Pick(Names.Workloads)}-{context.Hex(3)}";
                var id = ArmResources.Id(subscription, group, $"{engine.Namespace}/servers", name);
                var capacity = context.Pick([2, 4, 8]);
                context.Data.Add(AzureNetworkGenerator.List(subscription, $"{engine.Namespace}/servers"), new JsonObject
                {
                    ["sku"] = new JsonObject { ["name"] = $"GP_Gen5_{capacity.ToString(CultureInfo.InvariantCulture)}", ["tier"] = "GeneralPurpose", ["family"] = "Gen5", ["capacity"] = capacity },
                    ["location"] = location, ["tags"] = ArmResources.Tags(context, engine.Prefix), ["id"] = id, ["name"] = name, ["type"] = $"{engine.Namespace}/servers",
                    ["properties"] = new JsonObject
                    {
                        ["administratorLogin"] = $"{engine.Prefix}admin", ["administratorLoginPassword"] = ArmResources.Password(context),
                        ["version"] = context.Pick(engine.Versions), ["sslEnforcement"] = context.Chance(0.8) ? "Enabled" : "Disabled",
                        ["minimalTlsVersion"] = context.Pick(["TLS1_2", "TLS1_2", "TLS1_0", "TLSEnforcementDisabled"]), ["userVisibleState"] = "Ready",
                        ["fullyQualifiedDomainName"] = $"{name}.{engine.Host}", ["earliestRestoreDate"] = context.DaysAgo(7),
                        ["storageProfile"] = new JsonObject
                        {
                            ["backupRetentionDays"] = context.Pick([7, 14, 35]), ["geoRedundantBackup"] = context.Chance(0.5) ? "Enabled" : "Disabled",
                            ["storageMB"] = context.Pick([51200, 102400, 512000]), ["storageAutogrow"] = "Enabled",
                        },
                        ["replicationRole"] = "None", ["masterServerId"] = string.Empty, ["replicaCapacity"] = 5,
                        ["publicNetworkAccess"] = context.Chance(0.6) ? "Enabled" : "Disabled", ["infrastructureEncryption"] = "Disabled",
                        ["privateEndpointConnections"] = new JsonArray(), ["byokEnforcement"] = "Disabled",
                    },
                });
                for (var d = 0; d < context.Options.ChildrenPerParent; d++)
                {
                    var database = $"{context.Pick(Names.Workloads)}db{d.ToString(CultureInfo.InvariantCulture)}";
                    context.Data.Add($"arm{id}/databases", new JsonObject
                    {
                        ["id"] = $"{id}/databases/{database}", ["name"] = database, ["type"] = $"{engine.Namespace}/servers/databases",
                        ["properties"] = new JsonObject { ["charset"] = engine.Charset, ["collation"] = engine.Collation },
                    });
                }
            }
        }

        SqlSettings(context, subscription);
    }

    /// <summary>Each SQL server's auditing and threat-detection settings, and each database's transparent data encryption.</summary>
    private static void SqlSettings(GeneratorContext context, string subscription)
    {
        foreach (var server in ArmResources.Ids(context, subscription, "Microsoft.Sql/servers"))
        {
            var audited = context.Chance(0.6);
            context.Data.Add($"arm{server}/auditingSettings", new JsonObject
            {
                ["id"] = $"{server}/auditingSettings/Default", ["name"] = "Default", ["type"] = "Microsoft.Sql/servers/auditingSettings",
                ["properties"] = new JsonObject
                {
                    ["retentionDays"] = audited ? 90 : 0, ["auditActionsAndGroups"] = audited
                        ? new JsonArray("SUCCESSFUL_DATABASE_AUTHENTICATION_GROUP", "FAILED_DATABASE_AUTHENTICATION_GROUP", "BATCH_COMPLETED_GROUP")
                        : new JsonArray(),
                    ["isStorageSecondaryKeyInUse"] = false, ["isAzureMonitorTargetEnabled"] = audited, ["isManagedIdentityInUse"] = false,
                    ["state"] = audited ? "Enabled" : "Disabled", ["storageEndpoint"] = string.Empty, ["storageAccountSubscriptionId"] = "00000000-0000-0000-0000-000000000000",
                },
            });
            var alerting = context.Chance(0.5);
            context.Data.Add($"arm{server}/securityAlertPolicies", new JsonObject
            {
                ["id"] = $"{server}/securityAlertPolicies/Default", ["name"] = "Default", ["type"] = "Microsoft.Sql/servers/securityAlertPolicies",
                ["properties"] = new JsonObject
                {
                    ["state"] = alerting ? "Enabled" : "Disabled", ["disabledAlerts"] = alerting && context.Chance(0.5) ? new JsonArray("Sql_Injection") : new JsonArray(),
                    ["emailAddresses"] = new JsonArray($"secops@{context.Domain}"), ["emailAccountAdmins"] = alerting, ["retentionDays"] = 0,
                    ["creationTime"] = context.DaysAgo(400, 30),
                },
            });
            foreach (var database in context.Data.GetObjects($"arm{server}/databases").Select(d => d["id"]!.GetValue<string>())) // generated databases have ids
            {
                context.Data.Add($"arm{database}/transparentDataEncryption", new JsonObject
                {
                    ["id"] = $"{database}/transparentDataEncryption/Current", ["name"] = "Current", ["type"] = "Microsoft.Sql/servers/databases/transparentDataEncryption",
                    ["properties"] = new JsonObject { ["state"] = context.Chance(0.9) ? "Enabled" : "Disabled" },
                });
            }
        }
    }
}
