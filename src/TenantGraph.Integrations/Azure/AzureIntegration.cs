using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ActiveDirectory;

namespace TenantGraph.Integrations.Azure;

/// <summary>
/// Microsoft Azure: the directory through Microsoft Graph and the resources of one or more subscriptions through
/// Resource Manager (seed 004). Keys are matched case-insensitively because ARM varies the case of the same id.
/// </summary>
public sealed class AzureIntegration : IIntegration
{
    public const string IntegrationName = "azure";

    public string Name => IntegrationName;

    public string Title => "Microsoft Azure";

    public IntegrationDefinition Definition { get; } = new(IntegrationName, AzureSteps.All) {
        CaseInsensitiveKeys = true,
        DocumentLayout = RelationshipTableLayout.CombinedByType,
    };

    public IReadOnlyList<IntegrationSetting> Settings => AzureOptions.Settings;

    public Task<PreparedRun> PrepareAsync(InstanceContext instance, CancellationToken cancellationToken)
    {
        var options = AzureOptions.From(instance.Settings);
        var services = new StepServices().Add(new AzureInstance(instance.Name, instance.TenantId, instance.Client, options));
        return Task.FromResult(new PreparedRun(services, StartStates(options)));
    }

    /// <summary>
    /// <c>ad-account</c> always runs; the other directory steps need <c>ingestActiveDirectory</c>; Resource Manager
    /// steps need at least one subscription (azure-spec §1.4). Every step gets a state.
    /// </summary>
    internal static IReadOnlyDictionary<string, StepStartState> StartStates(AzureOptions options)
    {
        var states = new Dictionary<string, StepStartState>(StringComparer.Ordinal);
        foreach (var step in AzureSteps.All)
        {
            states[step.Id] = step.Id switch
            {
                _ when ActiveDirectorySteps.DirectoryOnly.Contains(step.Id) && !options.IngestActiveDirectory =>
                    StepStartState.Skip($"{AzureOptions.IngestActiveDirectorySetting} is not true"),
                _ when AzureSteps.ResourceManagerStepIds.Contains(step.Id) && options.Subscriptions.IsEmpty =>
                    StepStartState.Skip($"no subscription is configured ({AzureOptions.SubscriptionIdSetting} or {AzureOptions.SubscriptionsSetting})"),
                _ => StepStartState.Enabled,
            };
        }

        return states;
    }
}
