using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Defender.Machines;
using TenantGraph.Microsoft;

namespace TenantGraph.Integrations.Defender.Vulnerabilities;

internal static class VulnerabilitiesSteps
{
    public const string FetchVulnerabilities = "fetch-vulnerabilities";
    public const string BuildVulnerabilityCveRelationship = "build-vulnerability-cve-relationship";

    public static readonly StepDefinition Vulnerabilities = new(
        Id: FetchVulnerabilities, Name: "Fetch Vulnerabilities",
        Entities: [VulnerabilitiesTypes.Vulnerability],
        Relationships: [VulnerabilitiesTypes.MachineIdentifiedVulnerability],
        DependsOn: [MachinesSteps.FetchMachines],
        Permissions: [DefenderPermissions.VulnerabilityReadAll],
        Handler: FetchVulnerabilitiesAsync);

    public static readonly StepDefinition CveRelationships = new(
        Id: BuildVulnerabilityCveRelationship, Name: "Build Vulnerability and CVE Relationship",
        Entities: [],
        Relationships: [],
        DependsOn: [FetchVulnerabilities],
        MappedRelationships: [VulnerabilitiesTypes.VulnerabilityIsCve],
        Handler: BuildCveRelationshipsAsync);

    private static async Task FetchVulnerabilitiesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.Get<VulnerabilitiesClient>();
        var machineIds = MachinesSteps.MachineIds(context).ToArray();
        if (machineIds.Length == 0)
        {
            return;
        }

        var writer = new VulnerabilityWriter(context.JobState);
        Dictionary<string, List<string>> exposures;
        try
        {
            exposures = await ReadExposuresAsync(context, client, machineIds, cancellationToken);
        }
        catch (ProviderNotFoundException e)
        {
            DefenderLog.BulkVulnerabilitiesUnavailable(context.Logger, FetchVulnerabilities,
                VulnerabilitiesClient.MachinesVulnerabilitiesPath, e.Message, machineIds.Length);
            await FetchPerMachineAsync(client, writer, machineIds, cancellationToken);
            return;
        }

        var missing = new HashSet<string>(exposures.Keys, StringComparer.OrdinalIgnoreCase);
        await foreach (var vulnerability in client.ListVulnerabilitiesAsync(cancellationToken))
        {
            if (exposures.TryGetValue(vulnerability.Value.Id, out var machines) && missing.Remove(vulnerability.Value.Id))
            {
                writer.Add(vulnerability, machines);
            }
        }

        if (missing.Count > 0)
        {
            DefenderLog.VulnerabilityDetailMissing(context.Logger, FetchVulnerabilities, missing.Count);
            foreach (var id in missing.Order(StringComparer.Ordinal))
            {
                if (await client.GetVulnerabilityAsync(id, cancellationToken) is { } vulnerability)
                {
                    writer.Add(vulnerability, exposures[id]);
                }
            }
        }
    }

    /// <summary>CVE id → the collected machines exposed to it, from the bulk listing.</summary>
    private static async Task<Dictionary<string, List<string>>> ReadExposuresAsync(StepContext context, VulnerabilitiesClient client,
        IReadOnlyList<string> machineIds, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(machineIds, StringComparer.OrdinalIgnoreCase);
        var exposures = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var unknown = 0;
        await foreach (var row in client.ListMachineVulnerabilitiesAsync(cancellationToken))
        {
            if (string.IsNullOrEmpty(row.CveId))
            {
                continue;
            }

            // An exposure of a machine the machine list did not return has no machine entity to start from.
            if (!known.TryGetValue(row.MachineId, out var machineId))
            {
                unknown++;
                continue;
            }

            if (!exposures.TryGetValue(row.CveId, out var machines))
            {
                machines = [];
                exposures[row.CveId] = machines;
            }

            machines.Add(machineId);
        }

        if (unknown > 0)
        {
            DefenderLog.PairsForUnknownMachines(context.Logger, FetchVulnerabilities, unknown);
        }

        return exposures;
    }

    private static async Task FetchPerMachineAsync(VulnerabilitiesClient client, VulnerabilityWriter writer,
        IReadOnlyList<string> machineIds, CancellationToken cancellationToken)
    {
        foreach (var machineId in machineIds)
        {
            await foreach (var vulnerability in client.ListMachineVulnerabilitiesAsync(machineId, cancellationToken))
            {
                writer.Add(vulnerability, [machineId]);
            }
        }
    }

    private static Task BuildCveRelationshipsAsync(StepContext context, CancellationToken cancellationToken)
    {
        foreach (var vulnerability in context.JobState.IterateEntities(VulnerabilitiesTypes.Vulnerability.Type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = vulnerability.Properties.GetString("id") ?? string.Empty;
            var score = vulnerability.Properties["score"] switch
            {
                double d => d,
                long l => l,
                _ => (double?)null,
            };
            if (CveMapping.ToRelationship(vulnerability.Key, id, score) is not { } relationship)
            {
                DefenderLog.NotACve(context.Logger, BuildVulnerabilityCveRelationship, id);
                continue;
            }

            if (!context.JobState.HasKey(relationship.Key))
            {
                context.JobState.AddRelationship(relationship);
            }
        }

        return Task.CompletedTask;
    }
}
