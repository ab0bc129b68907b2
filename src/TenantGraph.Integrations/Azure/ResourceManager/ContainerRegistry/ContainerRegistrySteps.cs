using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

namespace TenantGraph.Integrations.Azure.ResourceManager.ContainerRegistry;

/// <summary>Container registries (with their diagnostic settings) and their webhooks (azure-spec §3.2).</summary>
internal static class ContainerRegistrySteps
{
    public const string RmContainerRegistries = "rm-container-registries";
    public const string RmContainerRegistryWebhooks = "rm-container-registry-webhooks";

    public static readonly StepDefinition Registries = new(
        Id: RmContainerRegistries, Name: "Container Registries",
        Entities: [ContainerRegistryTypes.Registry, .. DiagnosticSettings.Entities],
        Relationships: [ResourceGroupEdges.Has(ContainerRegistryTypes.Registry), .. DiagnosticSettings.Relationships],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.ContainerRegistry/registries/read", DiagnosticSettings.Permission],
        Handler: FetchRegistriesAsync);

    public static readonly StepDefinition Webhooks = new(
        Id: RmContainerRegistryWebhooks, Name: "Container Registry Webhooks",
        Entities: [ContainerRegistryTypes.Webhook],
        Relationships: [ContainerRegistryTypes.RegistryHasWebhook],
        DependsOn: [RmContainerRegistries],
        Permissions: ["Microsoft.ContainerRegistry/registries/webhooks/read"],
        Handler: FetchWebhooksAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [Registries, Webhooks];

    private static async Task FetchRegistriesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new ContainerRegistryClient(context);
        await Subscriptions.ForEachAsync(context, (subscriptionId, ct) =>
            ResourceFanOut.ForEachAsync(client.ListRegistriesAsync(subscriptionId, ct), async (registry, registryToken) =>
            {
                var entity = RegistryConverter.ToEntity(registry, instance.Links);
                context.JobState.AddEntity(entity);
                ResourceGroupEdges.TryAdd(context, entity);
                await DiagnosticSettings.CollectAsync(context, entity, registryToken);
            }, ct), cancellationToken);
    }

    private static async Task FetchWebhooksAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new ContainerRegistryClient(context);
        await ChildListing.ForEachParentAsync(context, ContainerRegistryTypes.Registry.Type, async (registryKey, ct) =>
        {
            await foreach (var webhook in client.ListWebhooksAsync(registryKey, ct))
            {
                var entity = WebhookConverter.ToEntity(webhook, instance.Links);
                context.JobState.AddEntity(entity);
                context.JobState.AddRelationship(ContainerRegistryTypes.RegistryHasWebhook.Create(registryKey, entity.Key));
            }
        }, cancellationToken);
    }
}
