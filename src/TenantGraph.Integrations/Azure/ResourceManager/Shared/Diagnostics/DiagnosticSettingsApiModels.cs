using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

/// <summary><c>GET {resourceId}/providers/microsoft.insights/diagnosticSettings</c>.</summary>
internal sealed record DiagnosticSettingsResource(string? Id, string? Name, string? Type, DiagnosticSettingsProperties? Properties);

internal sealed record DiagnosticSettingsProperties(string? StorageAccountId, string? ServiceBusRuleId,
    string? EventHubAuthorizationRuleId, string? EventHubName, string? WorkspaceId, string? LogAnalyticsDestinationType,
    IReadOnlyList<LogSettings>? Logs, IReadOnlyList<MetricSettings>? Metrics);

internal sealed record LogSettings(string? Category, string? CategoryGroup, bool? Enabled, RetentionPolicy? RetentionPolicy);

internal sealed record MetricSettings(string? Category, string? TimeGrain, bool? Enabled, RetentionPolicy? RetentionPolicy);

internal sealed record RetentionPolicy(int? Days, bool? Enabled);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DiagnosticSettingsResource))]
internal sealed partial class AzureDiagnosticsJsonContext : JsonSerializerContext;
