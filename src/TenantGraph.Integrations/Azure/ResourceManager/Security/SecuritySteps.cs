using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Security;

/// <summary>Defender for Cloud assessments and security contacts, per subscription.</summary>
internal static class SecuritySteps
{
    public const string RmSecurityAssessments = "rm-security-assessments";
    public const string RmSecurityCenterContacts = "rm-security-center-contacts";

    public static readonly StepDefinition Assessments = new(
        Id: RmSecurityAssessments, Name: "Security Assessments",
        Entities: [SecurityTypes.Assessment],
        Relationships: [SecurityTypes.SubscriptionPerformedAssessment],
        DependsOn: [ResourcesSteps.RmSubscriptions],
        Permissions: ["Microsoft.Security/assessments/read"],
        Handler: FetchAssessmentsAsync);

    public static readonly StepDefinition Contacts = new(
        Id: RmSecurityCenterContacts, Name: "Security Center Contacts",
        Entities: [SecurityTypes.Contact],
        Relationships: [SecurityTypes.SubscriptionHasContact],
        DependsOn: [ResourcesSteps.RmSubscriptions],
        Permissions: ["Microsoft.Security/securityContacts/read"],
        Handler: FetchContactsAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [Assessments, Contacts];

    private static async Task FetchAssessmentsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var client = new SecurityClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var assessment in client.ListAssessmentsAsync(subscriptionId, ct))
            {
                var entity = AssessmentConverter.ToEntity(assessment, links);
                AzureEntities.Add(context, entity);
                context.JobState.AddRelationship(SecurityTypes.SubscriptionPerformedAssessment.Create(
                    ResourcesTypes.SubscriptionKey(subscriptionId), entity.Key));
            }
        }, cancellationToken);
    }

    private static async Task FetchContactsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var client = new SecurityClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var contact in client.ListSecurityContactsAsync(subscriptionId, ct))
            {
                var entity = ContactConverter.ToEntity(contact, links);
                AzureEntities.Add(context, entity);
                context.JobState.AddRelationship(SecurityTypes.SubscriptionHasContact.Create(ResourcesTypes.SubscriptionKey(subscriptionId), entity.Key));
            }
        }, cancellationToken);
    }
}
