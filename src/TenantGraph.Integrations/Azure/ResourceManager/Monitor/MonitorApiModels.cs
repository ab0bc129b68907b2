using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.Monitor;

/// <summary><c>microsoft.insights/logprofiles</c> (api 2016-03-01).</summary>
internal sealed record LogProfile(string Id, string? Name, string? Type, LogProfileProperties? Properties);

internal sealed record LogProfileProperties(string? StorageAccountId, string? ServiceBusRuleId, IReadOnlyList<string>? Locations,
    IReadOnlyList<string>? Categories, LogProfileRetention? RetentionPolicy);

internal sealed record LogProfileRetention(bool? Enabled, int? Days);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LogProfile))]
internal sealed partial class AzureMonitorJsonContext : JsonSerializerContext;
