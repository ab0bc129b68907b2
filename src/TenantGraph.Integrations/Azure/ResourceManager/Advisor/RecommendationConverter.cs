using System.Globalization;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Advisor;

/// <summary>azure-spec §5.8 <c>azure_advisor_recommendation</c>.</summary>
internal static class RecommendationConverter
{
    private static readonly EntityMap<ResourceRecommendation> Map = new(AdvisorTypes.Recommendation)
    {
        Key = r => r.Id,
        CopySourceProperties = false,
        Properties =
        {
            ["id"] = r => r.Id,
            ["name"] = r => r.Properties?.ShortDescription?.Solution ?? r.Name,
            ["displayName"] = r => r.Properties?.ShortDescription?.Solution ?? r.Name,
            ["type"] = r => r.Type,
            ["category"] = r => r.Properties?.Category,
            ["assessment"] = r => Extended(r, "assessmentKey"),
            ["severity"] = r => r.Properties?.Impact,
            ["numericSeverity"] = r => r.Properties?.Impact switch
            {
                "High" => 10,
                "Low" => 1,
                _ => 5,
            },
            ["score"] = r => double.TryParse(Extended(r, "score"), NumberStyles.Float, CultureInfo.InvariantCulture, out var score) ? score : null,
            ["impact"] = r => r.Properties?.Impact?.ToLowerInvariant(),
            ["recommendation"] = r => r.Properties?.ShortDescription?.Solution,
            ["targets"] = r => new[] { r.Properties?.ImpactedField, r.Properties?.ImpactedValue }.OfType<string>().ToArray(),
            ["shortDescriptionProblem"] = r => r.Properties?.ShortDescription?.Problem,
            ["shortDescriptionSolution"] = r => r.Properties?.ShortDescription?.Solution,
            ["resourceId"] = r => r.Properties?.ResourceMetadata?.ResourceId,
            ["source"] = r => r.Properties?.ResourceMetadata?.Source,
            ["recommendationTypeId"] = r => r.Properties?.RecommendationTypeId,
            ["open"] = _ => true,
            ["updatedOn"] = r => r.Properties?.LastUpdated,
        },
    };

    public static Entity ToEntity(ApiObject<ResourceRecommendation> recommendation, PortalLinks links)
    {
        var entity = Map.Build(recommendation);
        entity.Properties.Set("webLink", links.For(recommendation.Value.Id));
        return entity;
    }

    private static string? Extended(ResourceRecommendation r, string key) =>
        r.Properties?.ExtendedProperties?.GetValueOrDefault(key);
}
