using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

namespace TenantGraph.Integrations.Azure.ResourceManager.ApiManagement;

/// <summary>API Management services (with diagnostic settings) and their APIs (azure-spec §3.2).</summary>
internal static class ApiManagementSteps
{
    public const string RmApiManagementServices = "rm-api-management-services";
    public const string RmApiManagementApis = "rm-api-management-apis";

    public static readonly StepDefinition Services = new(
        Id: RmApiManagementServices, Name: "API Management Services",
        Entities: [ApiManagementTypes.Service, .. DiagnosticSettings.Entities],
        Relationships: [ResourceGroupEdges.Has(ApiManagementTypes.Service), .. DiagnosticSettings.Relationships],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.ApiManagement/service/read", DiagnosticSettings.Permission],
        Handler: FetchServicesAsync);

    public static readonly StepDefinition Apis = new(
        Id: RmApiManagementApis, Name: "API Management APIs",
        Entities: [ApiManagementTypes.Api],
        Relationships: [ApiManagementTypes.ServiceHasApi],
        DependsOn: [RmApiManagementServices],
        Permissions: ["Microsoft.ApiManagement/service/apis/read"],
        Handler: FetchApisAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [Services, Apis];

    private static async Task FetchServicesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new ApiManagementClient(context);
        await Subscriptions.ForEachAsync(context, (subscriptionId, ct) =>
            ResourceFanOut.ForEachAsync(client.ListServicesAsync(subscriptionId, ct), async (service, serviceToken) =>
            {
                var entity = ServiceConverter.ToEntity(service, instance.Links);
                context.JobState.AddEntity(entity);
                ResourceGroupEdges.TryAdd(context, entity);
                await DiagnosticSettings.CollectAsync(context, entity, serviceToken);
            }, ct), cancellationToken);
    }

    private static async Task FetchApisAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new ApiManagementClient(context);
        await ChildListing.ForEachParentAsync(context, ApiManagementTypes.Service.Type, async (serviceKey, ct) =>
        {
            await foreach (var api in client.ListApisAsync(serviceKey, ct))
            {
                var entity = ApiConverter.ToEntity(api, instance.Links);
                context.JobState.AddEntity(entity);
                context.JobState.AddRelationship(ApiManagementTypes.ServiceHasApi.Create(serviceKey, entity.Key));
            }
        }, cancellationToken);
    }
}
