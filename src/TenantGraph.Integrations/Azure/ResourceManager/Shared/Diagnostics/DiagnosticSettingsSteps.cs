using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

/// <summary>
/// <c>azure_diagnostic_*_setting USES azure_storage_account</c>, made after every fetch step so that only
/// collected storage accounts are linked (HEAD behaviour, azure-spec §6.6: the seed linked before storage
/// accounts were read and left dangling edges).
/// </summary>
internal static class DiagnosticSettingsSteps
{
    public const string RmMonitorDiagnosticSettingStorageRelationships = "rm-monitor-diagnostic-setting-storage-relationships";

    /// <param name="dependsOn">Every fetch step: the settings' parents and the storage accounts.</param>
    public static StepDefinition StorageRelationships(IReadOnlyList<string> dependsOn) => new(
        Id: RmMonitorDiagnosticSettingStorageRelationships, Name: "Diagnostic Setting Storage Relationships",
        Entities: [],
        Relationships: [DiagnosticSettingTypes.LogSettingUsesStorageAccount, DiagnosticSettingTypes.MetricSettingUsesStorageAccount],
        DependsOn: dependsOn,
        Handler: BuildAsync);

    private static Task BuildAsync(StepContext context, CancellationToken cancellationToken)
    {
        foreach (var (type, edge) in new[]
        {
            (DiagnosticSettingTypes.LogSetting.Type, DiagnosticSettingTypes.LogSettingUsesStorageAccount),
            (DiagnosticSettingTypes.MetricSetting.Type, DiagnosticSettingTypes.MetricSettingUsesStorageAccount),
        })
        {
            foreach (var setting in context.JobState.IterateEntities(type))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (setting.Properties.GetString("storageAccountId") is not { Length: > 0 } accountId)
                {
                    continue;
                }

                if (context.JobState.FindEntity(accountId) is not { } account || account.Type != edge.TargetType)
                {
                    AzureLog.ReferenceNotCollected(context.Logger, context.StepId, $"diagnostic setting {setting.Key}", accountId);
                    continue;
                }

                var relationship = edge.Create(setting.Key, account.Key);
                if (!context.JobState.HasKey(relationship.Key))
                {
                    context.JobState.AddRelationship(relationship);
                }
            }
        }

        return Task.CompletedTask;
    }
}
