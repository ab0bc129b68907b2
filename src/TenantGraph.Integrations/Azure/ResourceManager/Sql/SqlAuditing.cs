using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Azure.ResourceManager.Sql;

/// <summary>
/// The auditing and threat-alerting properties of SQL servers and databases (azure-spec §5.7). Nothing is set
/// when the settings could not be read, so "unknown" never reads as "off". The storage access key of the
/// audit destination is a secret and is never copied (the reference kept it as <c>auditLogAccessKey</c>).
/// </summary>
internal static class SqlAuditing
{
    public static void Apply(Entity entity, AuditingSettings? auditing)
    {
        if (auditing?.Properties is not { State: { } state } properties)
        {
            return;
        }

        var enabled = state.Contains("enabled", StringComparison.OrdinalIgnoreCase);
        entity.Properties.Set("auditingEnabled", enabled);
        entity.Properties.Set("loggingEnabled", enabled);
        entity.Properties.Set("auditLogDestination", properties.StorageEndpoint is { Length: > 0 } endpoint ? endpoint : null);
        entity.Properties.Set("auditActionsAndGroups", (properties.AuditActionsAndGroups ?? []).Where(a => a.Length > 0).ToArray());
        entity.Properties.Set("auditLogRetentionDays", properties.RetentionDays);
        entity.Properties.Set("auditLogMonitorEnabled", properties.IsAzureMonitorTargetEnabled);
    }

    public static void Apply(Entity entity, SecurityAlertPolicy? policy)
    {
        if (policy?.Properties is not { State: { } state } properties)
        {
            return;
        }

        var enabled = state.Equals("Enabled", StringComparison.OrdinalIgnoreCase);
        var disabled = (properties.DisabledAlerts ?? []).Where(a => a.Length > 0).ToArray();
        entity.Properties.Set("alertingEnabled", enabled);
        entity.Properties.Set("alertAdmins", properties.EmailAccountAdmins);
        entity.Properties.Set("alertEmails", (properties.EmailAddresses ?? []).Where(a => a.Length > 0).ToArray());
        entity.Properties.Set("alertsDisabled", disabled);
        entity.Properties.Set("alertOnAllThreats", enabled && disabled.Length == 0);
    }
}
