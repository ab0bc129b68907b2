using System.Text.Json;
using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.Policy;

/// <summary><c>Microsoft.Authorization/policyAssignments</c> (api 2022-06-01).</summary>
internal sealed record PolicyAssignment(string Id, string? Name, string? Type, string? Location, PolicyAssignmentProperties? Properties);

internal sealed record PolicyAssignmentProperties(string? DisplayName, string? Description, string? PolicyDefinitionId, string? Scope,
    IReadOnlyList<string>? NotScopes, string? EnforcementMode, IReadOnlyDictionary<string, JsonElement>? Parameters,
    PolicyAssignmentMetadata? Metadata);

internal sealed record PolicyAssignmentMetadata(string? AssignedBy, string? CreatedBy, DateTimeOffset? CreatedOn, string? UpdatedBy,
    DateTimeOffset? UpdatedOn);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PolicyAssignment))]
internal sealed partial class AzurePolicyJsonContext : JsonSerializerContext;
