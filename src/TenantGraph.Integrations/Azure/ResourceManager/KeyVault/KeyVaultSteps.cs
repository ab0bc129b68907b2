using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ActiveDirectory;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

namespace TenantGraph.Integrations.Azure.ResourceManager.KeyVault;

/// <summary>
/// Key vaults and their diagnostic settings. The one Resource Manager step that depends on <c>ad-account</c>: the
/// seed's <c>azure_account HAS azure_keyvault_service</c> needs the account, and <c>ad-account</c> is always
/// enabled and never fails (it falls back to an account built from the instance), so the directory setting
/// cannot skip this step.
/// </summary>
internal static class KeyVaultSteps
{
    public const string RmKeyvaultVaults = "rm-keyvault-vaults";

    public static readonly StepDefinition Vaults = new(
        Id: RmKeyvaultVaults, Name: "Key Vaults",
        Entities: [KeyVaultTypes.Vault, .. DiagnosticSettings.Entities],
        Relationships: [ResourceGroupEdges.Has(KeyVaultTypes.Vault), KeyVaultTypes.AccountHasVault, .. DiagnosticSettings.Relationships],
        DependsOn: [ActiveDirectorySteps.AdAccount, ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.KeyVault/vaults/read", DiagnosticSettings.Permission],
        Handler: FetchVaultsAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [Vaults];

    private static async Task FetchVaultsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var accountKey = ActiveDirectoryTypes.AccountKey(instance.TenantId);
        var client = new KeyVaultClient(context);
        await Subscriptions.ForEachAsync(context, (subscriptionId, ct) =>
            ResourceFanOut.ForEachAsync(client.ListVaultsAsync(subscriptionId, ct), async (vault, vaultToken) =>
            {
                var entity = VaultConverter.ToEntity(vault, instance.Links);
                AzureEntities.Add(context, entity);
                ResourceGroupEdges.TryAdd(context, entity);
                context.JobState.AddRelationship(KeyVaultTypes.AccountHasVault.Create(accountKey, entity.Key));
                await DiagnosticSettings.CollectAsync(context, entity, vaultToken);
            }, ct), cancellationToken);
    }
}
