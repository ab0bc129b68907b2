using System.Globalization;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

/// <summary>
/// One entity per <c>logs[]</c> and per <c>metrics[]</c> element of a diagnostic-settings resource (azure-spec
/// §5.3). Keys are the reference's concatenation, where a missing value prints as the text <c>undefined</c>
/// (<c>…/diagnosticSettings/x/metrics/AllMetrics/true/undefined/0/false</c>).
/// </summary>
internal static class DiagnosticSettingConverter
{
    private sealed record Entry(DiagnosticSettingsResource Setting, string SettingId, string Key, string? Category, bool? Enabled,
        string? TimeGrain, RetentionPolicy? Retention);

    private static readonly EntityMap<Entry> LogMap = Build(DiagnosticSettingTypes.LogSetting);
    private static readonly EntityMap<Entry> MetricMap = Build(DiagnosticSettingTypes.MetricSetting);

    public static IEnumerable<Entity> ToEntities(ApiObject<DiagnosticSettingsResource> setting, PortalLinks links)
    {
        var value = setting.Value;
        if (value.Id is not { Length: > 0 } rawId)
        {
            yield break;
        }

        // ARM returns these ids lower-cased and sometimes without the leading slash (HEAD normalises it).
        var id = rawId.StartsWith('/') ? rawId : "/" + rawId;
        foreach (var log in value.Properties?.Logs ?? [])
        {
            var key = $"{id}/logs/{Js(log.Category ?? log.CategoryGroup)}/{Js(log.Enabled)}/{Js(log.RetentionPolicy?.Days)}/{Js(log.RetentionPolicy?.Enabled)}";
            yield return Finish(LogMap.Build(new ApiObject<Entry>(
                new Entry(value, id, key, log.Category ?? log.CategoryGroup, log.Enabled, null, log.RetentionPolicy), setting.Raw)), id, links);
        }

        foreach (var metric in value.Properties?.Metrics ?? [])
        {
            var key = $"{id}/metrics/{Js(metric.Category)}/{Js(metric.Enabled)}/{Js(metric.TimeGrain)}/{Js(metric.RetentionPolicy?.Days)}/{Js(metric.RetentionPolicy?.Enabled)}";
            yield return Finish(MetricMap.Build(new ApiObject<Entry>(
                new Entry(value, id, key, metric.Category, metric.Enabled, metric.TimeGrain, metric.RetentionPolicy), setting.Raw)), id, links);
        }
    }

    private static Entity Finish(Entity entity, string settingId, PortalLinks links)
    {
        entity.Properties.Set("webLink", links.For(settingId));
        return entity;
    }

    private static EntityMap<Entry> Build(EntityMetadata metadata) => new(metadata)
    {
        Key = e => e.Key,
        CopySourceProperties = false,
        Properties =
        {
            ["id"] = e => e.Key,
            ["name"] = e => e.Setting.Name,
            ["displayName"] = e => e.Setting.Name is { } name ? $"{name} {e.Category}" : e.Key,
            ["settingId"] = e => e.SettingId,
            ["storageAccountId"] = e => e.Setting.Properties?.StorageAccountId,
            ["serviceBusRuleId"] = e => e.Setting.Properties?.ServiceBusRuleId,
            ["eventHubAuthorizationRuleId"] = e => e.Setting.Properties?.EventHubAuthorizationRuleId,
            ["eventHubName"] = e => e.Setting.Properties?.EventHubName,
            ["workspaceId"] = e => e.Setting.Properties?.WorkspaceId,
            ["logAnalyticsDestinationType"] = e => e.Setting.Properties?.LogAnalyticsDestinationType,
            ["category"] = e => e.Category,
            ["enabled"] = e => e.Enabled,
            ["timeGrain"] = e => e.TimeGrain,
            ["retentionPolicy.days"] = e => e.Retention?.Days,
            ["retentionPolicy.enabled"] = e => e.Retention?.Enabled,
        },
    };

    /// <summary>A value as JavaScript's template literal prints it.</summary>
    private static string Js(object? value) => value switch
    {
        null => "undefined",
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "undefined",
    };
}
