using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>The subscription's activity log profile and every key vault's diagnostic setting, both archiving to the first storage account.</summary>
internal static class AzureMonitorGenerator
{
    public static void Generate(GeneratorContext context, string subscription)
    {
        var storage = ArmResources.Ids(context, subscription, "Microsoft.Storage/storageAccounts").FirstOrDefault();
        context.Data.Add($"arm/subscriptions/{subscription}/providers/microsoft.insights/logprofiles", new JsonObject
        {
            ["id"] = $"/subscriptions/{subscription}/providers/microsoft.insights/logprofiles/default", ["type"] = null, ["name"] = "default",
            ["location"] = null, ["kind"] = null, ["tags"] = null, ["identity"] = null,
            ["properties"] = new JsonObject
            {
                ["storageAccountId"] = storage, ["serviceBusRuleId"] = null,
                ["locations"] = new JsonArray([.. Names.Locations.Take(3).Append("global").Select(l => JsonValue.Create(l))]),
                ["categories"] = new JsonArray("Write", "Delete", "Action"),
                ["retentionPolicy"] = new JsonObject { ["enabled"] = true, ["days"] = context.Pick([90, 365]) },
            },
        });
        foreach (var vault in ArmResources.Ids(context, subscription, "Microsoft.KeyVault/vaults"))
        {
            var retention = context.Pick([30, 90, 365]);
            context.Data.Add($"arm{vault}/providers/microsoft.insights/diagnosticSettings", new JsonObject
            {
                // ARM answers with the resource part of the id in lower case.
                ["id"] = $"{vault.ToLowerInvariant()}/providers/microsoft.insights/diagnosticSettings/send-to-storage", ["type"] = "Microsoft.Insights/diagnosticSettings",
                ["name"] = "send-to-storage", ["location"] = null, ["kind"] = null, ["tags"] = null, ["identity"] = null,
                ["properties"] = new JsonObject
                {
                    ["storageAccountId"] = storage, ["serviceBusRuleId"] = null, ["workspaceId"] = null, ["eventHubAuthorizationRuleId"] = null, ["eventHubName"] = null,
                    ["metrics"] = new JsonArray(new JsonObject
                    {
                        ["category"] = "AllMetrics", ["enabled"] = true, ["retentionPolicy"] = new JsonObject { ["enabled"] = false, ["days"] = 0 },
                    }),
                    ["logs"] = new JsonArray(new JsonObject
                    {
                        ["category"] = "AuditEvent", ["categoryGroup"] = null, ["enabled"] = true,
                        ["retentionPolicy"] = new JsonObject { ["enabled"] = true, ["days"] = retention },
                    }),
                    ["logAnalyticsDestinationType"] = null,
                },
            });
        }
    }
}
