using System.Text.Json;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Security;

/// <summary>azure-spec §5.8 <c>azure_security_assessment</c>.</summary>
internal static class AssessmentConverter
{
    private static readonly EntityMap<SecurityAssessment> Map = new(SecurityTypes.Assessment)
    {
        Key = a => a.Id,
        CopySourceProperties = false,
        Properties =
        {
            ["id"] = a => a.Id,
            ["name"] = a => a.Name,
            ["displayName"] = a => a.Properties?.DisplayName ?? a.Name,
            ["type"] = a => a.Type,
            ["summary"] = a => a.Properties?.DisplayName ?? a.Name,
            ["category"] = a => a.Properties?.Metadata?.Categories is { Count: > 0 } categories
                ? JsonSerializer.Serialize(categories, AzureSecurityJsonContext.Default.IReadOnlyListString)
                : "Security Assessment",
            ["internal"] = _ => true,
            ["statusCode"] = a => a.Properties?.Status?.Code,
            ["statusCause"] = a => a.Properties?.Status?.Cause,
            ["statusDescription"] = a => a.Properties?.Status?.Description,
            ["metadata.severity"] = a => a.Properties?.Metadata?.Severity,
            ["metadata.assessmentType"] = a => a.Properties?.Metadata?.AssessmentType,
            ["metadata.userImpact"] = a => a.Properties?.Metadata?.UserImpact,
            ["metadata.implementationEffort"] = a => a.Properties?.Metadata?.ImplementationEffort,
            ["metadata.policyDefinitionId"] = a => a.Properties?.Metadata?.PolicyDefinitionId,
            ["resourceDetails.source"] = a => a.Properties?.ResourceDetails?.Source,
            ["resourceDetails.id"] = a => a.Properties?.ResourceDetails?.Id,
            ["scannedResourceId"] = a => string.Equals(a.Properties?.ResourceDetails?.Source, "Azure", StringComparison.OrdinalIgnoreCase)
                ? a.Properties?.ResourceDetails?.Id
                : null,
        },
    };

    public static Entity ToEntity(ApiObject<SecurityAssessment> assessment, PortalLinks links)
    {
        var entity = Map.Build(assessment);
        entity.Properties.Set("webLink", links.For(assessment.Value.Id));
        return entity;
    }
}
