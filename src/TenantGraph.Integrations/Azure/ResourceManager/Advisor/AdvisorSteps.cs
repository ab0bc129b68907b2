using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Security;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Advisor;

/// <summary>
/// Advisor recommendations, linked from the assessment that identified them and from the resource they concern
/// (azure-spec §6.8). A last-phase step: the resource can come from any family.
/// </summary>
internal static class AdvisorSteps
{
    public const string RmAdvisorRecommendations = "rm-advisor-recommendations";

    public static StepDefinition Recommendations(IReadOnlyList<string> dependsOn) => new(
        Id: RmAdvisorRecommendations, Name: "Advisor Recommendations",
        Entities: [AdvisorTypes.Recommendation],
        Relationships: [AdvisorTypes.AssessmentIdentifiedRecommendation, AdvisorTypes.ResourceHasRecommendation],
        DependsOn: [.. dependsOn.Union([SecuritySteps.RmSecurityAssessments])],
        Permissions: ["Microsoft.Advisor/recommendations/read"],
        Handler: FetchRecommendationsAsync);

    private static async Task FetchRecommendationsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var client = new AdvisorClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var recommendation in client.ListRecommendationsAsync(subscriptionId, ct))
            {
                var entity = RecommendationConverter.ToEntity(recommendation, links);
                AzureEntities.Add(context, entity);
                var metadata = recommendation.Value.Properties?.ResourceMetadata;
                if (metadata?.Source is { Length: > 0 } source && context.JobState.FindEntity(source) is { } assessment
                    && assessment.Type == SecurityTypes.Assessment.Type)
                {
                    context.JobState.AddRelationship(AdvisorTypes.AssessmentIdentifiedRecommendation.Create(assessment.Key, entity.Key));
                }

                if (metadata?.ResourceId is { Length: > 0 } resourceId && context.JobState.FindEntity(resourceId) is { } resource)
                {
                    context.JobState.AddRelationship(AdvisorTypes.ResourceHasRecommendation.Create(resource.Key, entity.Key));
                }
            }
        }, cancellationToken);
    }
}
