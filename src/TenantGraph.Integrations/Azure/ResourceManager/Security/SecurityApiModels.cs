using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.Security;

/// <summary><c>Microsoft.Security/assessments</c> (api 2020-01-01).</summary>
internal sealed record SecurityAssessment(string Id, string? Name, string? Type, SecurityAssessmentProperties? Properties);

internal sealed record SecurityAssessmentProperties(string? DisplayName, AssessmentStatus? Status,
    [property: JsonPropertyName("resourceDetails")] ResourceDetails? ResourceDetails, AssessmentMetadata? Metadata);

internal sealed record AssessmentStatus(string? Code, string? Cause, string? Description);

/// <summary>ARM spells these <c>Source</c>/<c>Id</c> or <c>source</c>/<c>id</c> depending on the resource kind.</summary>
internal sealed record ResourceDetails(string? Source, string? Id);

internal sealed record AssessmentMetadata(string? DisplayName, string? Description, string? RemediationDescription,
    IReadOnlyList<string>? Categories, string? Severity, string? UserImpact, string? ImplementationEffort, string? AssessmentType,
    string? PolicyDefinitionId);

/// <summary><c>Microsoft.Security/securityContacts</c> (api 2017-08-01-preview, the shape the seed reads).</summary>
internal sealed record SecurityContact(string Id, string? Name, string? Type, SecurityContactProperties? Properties);

internal sealed record SecurityContactProperties(string? Email, string? Phone, string? AlertNotifications, string? AlertsToAdmins);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(SecurityAssessment))]
[JsonSerializable(typeof(SecurityContact))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class AzureSecurityJsonContext : JsonSerializerContext;
