using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations;

/// <summary>
/// One integration (microsoft-365, defender-endpoint, azure…): its steps, the settings an instance may give,
/// and how a run is prepared for an instance (services for the handlers, which steps start disabled and why).
/// </summary>
public interface IIntegration
{
    /// <summary>The name used in configuration and on the command line, e.g. <c>microsoft-365</c>.</summary>
    string Name { get; }

    /// <summary>The human name, e.g. <c>Microsoft 365</c>.</summary>
    string Title { get; }

    IntegrationDefinition Definition { get; }

    /// <summary>The integration's own configuration fields (the seeds' settings), for validation and help.</summary>
    IReadOnlyList<IntegrationSetting> Settings { get; }

    /// <summary>Builds the handlers' services and decides the start states; may call the provider (e.g. licence checks).</summary>
    Task<PreparedRun> PrepareAsync(InstanceContext instance, CancellationToken cancellationToken);
}
