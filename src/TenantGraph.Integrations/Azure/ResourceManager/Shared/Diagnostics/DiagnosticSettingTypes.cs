using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

/// <summary>The seed's two diagnostic-setting types and their edges (azure-spec §5.3, §6.6).</summary>
internal static class DiagnosticSettingTypes
{
    /// <summary>The seed's pseudo source type for edges from any ARM resource.</summary>
    public const string AnyScope = "ANY_SCOPE";

    public static readonly EntityMetadata LogSetting =
        new("[RM] Monitor Diagnostic Log Setting", "azure_diagnostic_log_setting", ["Configuration"]);

    public static readonly EntityMetadata MetricSetting =
        new("[RM] Monitor Diagnostic Metric Setting", "azure_diagnostic_metric_setting", ["Configuration"]);

    /// <summary>Seed <c>_type</c> <c>azure_resource_has_diagnostic_log_setting</c> (azure-spec §6 table).</summary>
    public static readonly RelationshipMetadata ResourceHasLogSetting = RelationshipMetadata.Direct(
        AnyScope, RelationshipClass.Has, LogSetting.Type, "azure_resource_has_diagnostic_log_setting");

    public static readonly RelationshipMetadata ResourceHasMetricSetting = RelationshipMetadata.Direct(
        AnyScope, RelationshipClass.Has, MetricSetting.Type, "azure_resource_has_diagnostic_metric_setting");

    public static readonly RelationshipMetadata LogSettingUsesStorageAccount =
        RelationshipMetadata.Direct(LogSetting.Type, RelationshipClass.Uses, "azure_storage_account");

    public static readonly RelationshipMetadata MetricSettingUsesStorageAccount =
        RelationshipMetadata.Direct(MetricSetting.Type, RelationshipClass.Uses, "azure_storage_account");
}
