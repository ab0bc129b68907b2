using System.Globalization;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>The blob containers, file shares, queues and tables of every generated storage account.</summary>
internal static class AzureStorageGenerator
{
    private static readonly string[] Containers = ["backups", "logs", "public-assets", "uploads", "exports", "images"];

    private static readonly string[] Shares = ["appdata", "profiles", "config", "media"];

    private static readonly string[] Queues = ["orders", "events", "notifications", "jobs"];

    private static readonly string[] Tables = ["Sessions", "AuditLog", "Inventory", "Metrics"];

    public static void Generate(GeneratorContext context, string subscription)
    {
        var count = context.Options.ChildrenPerParent;
        foreach (var account in ArmResources.Ids(context, subscription, "Microsoft.Storage/storageAccounts"))
        {
            for (var i = 0; i < count; i++)
            {
                var container = Name(Containers, i);
                context.Data.Add($"arm{account}/blobServices/default/containers", new JsonObject
                {
                    ["id"] = $"{account}/blobServices/default/containers/{container}", ["name"] = container,
                    ["type"] = "Microsoft.Storage/storageAccounts/blobServices/containers", ["etag"] = $"\"0x8DB{context.Hex(6).ToUpperInvariant()}\"",
                    ["properties"] = new JsonObject
                    {
                        ["deleted"] = false, ["remainingRetentionDays"] = 0, ["defaultEncryptionScope"] = "$account-encryption-key", ["denyEncryptionScopeOverride"] = false,
                        ["publicAccess"] = container == "public-assets" ? "Blob" : "None", ["leaseStatus"] = "Unlocked", ["leaseState"] = "Available",
                        ["lastModifiedTime"] = context.DaysAgo(300), ["hasImmutabilityPolicy"] = false, ["hasLegalHold"] = container == "backups",
                    },
                });
                var share = Name(Shares, i);
                context.Data.Add($"arm{account}/fileServices/default/shares", new JsonObject
                {
                    ["id"] = $"{account}/fileServices/default/shares/{share}", ["name"] = share,
                    ["type"] = "Microsoft.Storage/storageAccounts/fileServices/shares", ["etag"] = $"\"0x8DB{context.Hex(6).ToUpperInvariant()}\"",
                    ["properties"] = new JsonObject
                    {
                        ["accessTier"] = "TransactionOptimized", ["lastModifiedTime"] = context.DaysAgo(300), ["shareQuota"] = context.Pick([100, 1024, 5120]),
                        ["enabledProtocols"] = "SMB", ["leaseStatus"] = "Unlocked", ["leaseState"] = "Available",
                    },
                });
                var queue = Name(Queues, i);
                context.Data.Add($"arm{account}/queueServices/default/queues", new JsonObject
                {
                    ["id"] = $"{account}/queueServices/default/queues/{queue}", ["name"] = queue,
                    ["type"] = "Microsoft.Storage/storageAccounts/queueServices/queues", ["properties"] = new JsonObject { ["metadata"] = null },
                });
                var table = Name(Tables, i);
                context.Data.Add($"arm{account}/tableServices/default/tables", new JsonObject
                {
                    ["id"] = $"{account}/tableServices/default/tables/{table}", ["name"] = table,
                    ["type"] = "Microsoft.Storage/storageAccounts/tableServices/tables", ["properties"] = new JsonObject { ["tableName"] = table },
                });
            }
        }
    }

    /// <summary>The i-th name of a list, numbered once the list runs out so that names stay unique.</summary>
    internal static string Name(string[] names, int index) =>
        index < names.Length ? names[index] : $"{names[index % names.Length]}{(index / names.Length).ToString(CultureInfo.InvariantCulture)}";
}
