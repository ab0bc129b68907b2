using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

/// <summary>
/// Diagnostic settings of any ARM resource, as the seed models them: <c>azure_diagnostic_log_setting</c> /
/// <c>azure_diagnostic_metric_setting</c> entities with <c>ANY_SCOPE HAS</c> edges from the resource
/// (azure-spec §5.3, §6.6). The <c>USES azure_storage_account</c> edges are made once storage accounts are known,
/// by <see cref="DiagnosticSettingsSteps"/>, which reads <c>storageAccountId</c> off every setting entity.
/// </summary>
/// <remarks>
/// A family that collects diagnostic settings for its resources:
/// <list type="number">
/// <item>adds <see cref="Entities"/> and <see cref="Relationships"/> to its step's declarations and
/// <see cref="Permission"/> to its permissions;</item>
/// <item>calls <see cref="CollectAsync"/> once per resource entity it added (one ARM call per resource: ARM has no
/// subscription-wide listing of diagnostic settings).</item>
/// </list>
/// The storage-link step depends on every step that declares these entities, so nothing else is needed.
/// </remarks>
internal static class DiagnosticSettings
{
    public const string ApiVersion = "2021-05-01-preview";
    public const string Permission = "Microsoft.Insights/diagnosticSettings/read";

    public static IReadOnlyList<EntityMetadata> Entities { get; } = [DiagnosticSettingTypes.LogSetting, DiagnosticSettingTypes.MetricSetting];

    public static IReadOnlyList<RelationshipMetadata> Relationships { get; } =
        [DiagnosticSettingTypes.ResourceHasLogSetting, DiagnosticSettingTypes.ResourceHasMetricSetting];

    /// <summary>Lists the resource's diagnostic settings and adds their entities and HAS edges; returns how many entities.</summary>
    public static async Task<int> CollectAsync(StepContext context, Entity resource, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var request = ArmListing.Request($"{resource.Key}/providers/microsoft.insights/diagnosticSettings", ApiVersion, Permission);
        var count = 0;
        await foreach (var setting in ArmListing.ListAsync(context, instance.Client, request,
            AzureDiagnosticsJsonContext.Default.DiagnosticSettingsResource, cancellationToken))
        {
            foreach (var entity in DiagnosticSettingConverter.ToEntities(setting, instance.Links))
            {
                if (context.JobState.HasKey(entity.Key))
                {
                    continue;
                }

                AzureEntities.Add(context, entity);
                var edge = entity.Type == DiagnosticSettingTypes.LogSetting.Type
                    ? DiagnosticSettingTypes.ResourceHasLogSetting
                    : DiagnosticSettingTypes.ResourceHasMetricSetting;
                context.JobState.AddRelationship(edge.Create(resource.Key, entity.Key));
                count++;
            }
        }

        return count;
    }
}
