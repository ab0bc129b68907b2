using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Microsoft365.ActiveDirectory;
using TenantGraph.Integrations.Microsoft365.Legacy;

namespace TenantGraph.Integrations.Microsoft365;

/// <summary>
/// The directory-only profile with the older <c>active_directory_*</c> data model (seed 002), for graphs and queries
/// built on it. Same calls and step ids as microsoft-365's directory steps; needs only Directory.Read.All (and
/// Organization.Read.All, which Directory.Read.All covers).
/// </summary>
internal sealed class Microsoft365LegacyIntegration : IIntegration
{
    public const string IntegrationName = "microsoft-365-legacy";

    public string Name => IntegrationName;

    public string Title => "Microsoft 365 (legacy data model)";

    public IntegrationDefinition Definition { get; } = new(IntegrationName, ActiveDirectorySteps.Create(LegacyTypes.Model));

    public IReadOnlyList<IntegrationSetting> Settings { get; } = [];

    public Task<PreparedRun> PrepareAsync(InstanceContext instance, CancellationToken cancellationToken)
    {
        var services = new StepServices()
            .Add(new ActiveDirectoryClient(instance.Client))
            .Add(new TenantFacts(instance.Name, instance.Name));
        return Task.FromResult(new PreparedRun(services, new Dictionary<string, StepStartState>()));
    }
}
