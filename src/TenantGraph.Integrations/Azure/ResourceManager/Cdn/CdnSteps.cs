using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

namespace TenantGraph.Integrations.Azure.ResourceManager.Cdn;

/// <summary>CDN profiles and endpoints, each with its diagnostic settings (azure-spec §3.2).</summary>
internal static class CdnSteps
{
    public const string RmCdnProfiles = "rm-cdn-profiles";
    public const string RmCdnEndpoints = "rm-cdn-endpoints";

    public static readonly StepDefinition Profiles = new(
        Id: RmCdnProfiles, Name: "CDN Profiles",
        Entities: [CdnTypes.Profile, .. DiagnosticSettings.Entities],
        Relationships: [ResourceGroupEdges.Has(CdnTypes.Profile), .. DiagnosticSettings.Relationships],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.Cdn/profiles/read", DiagnosticSettings.Permission],
        Handler: FetchProfilesAsync);

    public static readonly StepDefinition Endpoints = new(
        Id: RmCdnEndpoints, Name: "CDN Endpoints",
        Entities: [CdnTypes.Endpoint, .. DiagnosticSettings.Entities],
        Relationships: [CdnTypes.ProfileHasEndpoint, .. DiagnosticSettings.Relationships],
        DependsOn: [RmCdnProfiles],
        Permissions: ["Microsoft.Cdn/profiles/endpoints/read", DiagnosticSettings.Permission],
        Handler: FetchEndpointsAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [Profiles, Endpoints];

    private static async Task FetchProfilesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new CdnClient(context);
        await Subscriptions.ForEachAsync(context, (subscriptionId, ct) =>
            ResourceFanOut.ForEachAsync(client.ListProfilesAsync(subscriptionId, ct), async (profile, profileToken) =>
            {
                var entity = ProfileConverter.ToEntity(profile, instance.Links);
                context.JobState.AddEntity(entity);
                ResourceGroupEdges.TryAdd(context, entity);
                await DiagnosticSettings.CollectAsync(context, entity, profileToken);
            }, ct), cancellationToken);
    }

    private static async Task FetchEndpointsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new CdnClient(context);
        await ChildListing.ForEachParentAsync(context, CdnTypes.Profile.Type, async (profileKey, ct) =>
        {
            await foreach (var endpoint in client.ListEndpointsAsync(profileKey, ct))
            {
                var entity = EndpointConverter.ToEntity(endpoint, instance.Links);
                context.JobState.AddEntity(entity);
                context.JobState.AddRelationship(CdnTypes.ProfileHasEndpoint.Create(profileKey, entity.Key));
                await DiagnosticSettings.CollectAsync(context, entity, ct);
            }
        }, cancellationToken);
    }
}
