using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Defender.Account;
using TenantGraph.Integrations.Defender.LogonUsers;
using TenantGraph.Integrations.Defender.Machines;
using TenantGraph.Integrations.Defender.Users;
using TenantGraph.Integrations.Defender.Vulnerabilities;

namespace TenantGraph.Integrations.Defender;

/// <summary>
/// Microsoft Defender for Endpoint (seed 003): the account and users through Microsoft Graph; machines, their
/// endpoints, logon users and vulnerabilities through the Defender API. Each audience gets its own token from the
/// same credential.
/// </summary>
internal sealed class DefenderIntegration : IIntegration
{
    public const string IntegrationName = "defender-endpoint";

    /// <summary>Declared in the order that reproduces the seed's tables (and the reference's step order).</summary>
    public static readonly IntegrationDefinition DefinitionValue = new(IntegrationName,
    [
        AccountSteps.Account,
        UsersSteps.Users,
        MachinesSteps.Machines,
        MachinesSteps.Endpoints,
        VulnerabilitiesSteps.Vulnerabilities,
        VulnerabilitiesSteps.CveRelationships,
        LogonUsersSteps.LogonUsers,
    ]);

    private static readonly string[] DefenderStepIds =
    [
        MachinesSteps.FetchMachines, MachinesSteps.FetchEndpoints, VulnerabilitiesSteps.FetchVulnerabilities,
        VulnerabilitiesSteps.BuildVulnerabilityCveRelationship, LogonUsersSteps.FetchLogonUsers,
    ];

    public string Name => IntegrationName;

    public string Title => "Microsoft Defender for Endpoint";

    public IntegrationDefinition Definition => DefinitionValue;

    /// <summary>Only the credentials, which belong to the instance rather than to its settings.</summary>
    public IReadOnlyList<IntegrationSetting> Settings { get; } = [];

    public Task<PreparedRun> PrepareAsync(InstanceContext instance, CancellationToken cancellationToken)
    {
        var client = instance.Client;
        var services = new StepServices()
            .Add(new AccountClient(client))
            .Add(new UsersClient(client))
            .Add(new MachinesClient(client))
            .Add(new LogonUsersClient(client))
            .Add(new VulnerabilitiesClient(client));
        var states = new Dictionary<string, StepStartState>(StringComparer.Ordinal);
        if (client.Endpoints.Defender is null)
        {
            // 21Vianet has no Defender for Endpoint API: the Graph steps still run.
            DefenderLog.NoDefenderEndpoint(instance.Logger, instance.Name, client.Endpoints.Name);
            foreach (var id in DefenderStepIds)
            {
                states[id] = StepStartState.Skip($"the {client.Endpoints.Name} cloud has no Defender for Endpoint API");
            }
        }

        return Task.FromResult(new PreparedRun(services, states));
    }
}
