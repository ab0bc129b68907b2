using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Microsoft365.Intune.Policies;

/// <summary>A device's open status against a policy or configuration, as a finding (spec A5.9); raw data = the status.</summary>
internal static class NoncomplianceFindingConverter
{
    public static Entity ToEntity(ApiObject<DeviceStatus> status, string parentDisplayName)
    {
        var map = new EntityMap<DeviceStatus>(IntuneTypes.NoncomplianceFinding)
        {
            Key = s => s.Id,
            Properties =
            {
                ["id"] = s => s.Id,
                ["name"] = _ => $"Latest finding from {parentDisplayName}",
                ["displayName"] = _ => $"Latest finding from {parentDisplayName}",
                ["assessment"] = _ => parentDisplayName,
                ["category"] = _ => "endpoint",
                ["status"] = s => s.Status,
                ["open"] = s => DeviceStatusRules.FindingIsOpen(s.Status),
                ["numericSeverity"] = s => DeviceStatusRules.NumericSeverity(s.Status),
                ["severity"] = s => DeviceStatusRules.Severity(DeviceStatusRules.NumericSeverity(s.Status)),
                ["lastProcessedOn"] = s => PropertyValues.ParseTime(s.LastReportedDateTime),
                ["lastTestedOn"] = s => PropertyValues.ParseTime(s.LastReportedDateTime),
                ["lastUpdatedOn"] = s => PropertyValues.ParseTime(s.LastReportedDateTime),
            },
        };
        return EntityNulls.DropRefused(map.Build(status));
    }

    public static string SeverityOf(DeviceStatus status) =>
        DeviceStatusRules.Severity(DeviceStatusRules.NumericSeverity(status.Status));
}
