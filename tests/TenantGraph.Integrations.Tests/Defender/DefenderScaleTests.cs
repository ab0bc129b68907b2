using TenantGraph.Emulator;
using TenantGraph.Integrations.Defender;
using TenantGraph.Integrations.Defender.Vulnerabilities;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Defender;

/// <summary>Defender allows 100 calls a minute and 1,500 an hour; the vulnerability graph of a large estate fits in far less.</summary>
public sealed class DefenderScaleTests
{
    [Fact]
    public async Task Ten_thousand_machines_with_twenty_vulnerabilities_each_fit_in_one_minute_of_defender_budget()
    {
        const int machines = 10_000, perMachine = 20, cves = 1_000;
        var tenant = DefenderTenants.Empty();
        for (var c = 0; c < cves; c++)
        {
            tenant.Add(DefenderTenants.VulnerabilitiesPath, DefenderTenants.Vulnerability(CveId(c), exposedMachines: machines * perMachine / cves));
        }

        for (var m = 0; m < machines; m++)
        {
            var id = DefenderTenants.MachineId(m);
            DefenderTenants.AddMachine(tenant, id);
            for (var v = 0; v < perMachine; v++)
            {
                tenant.Add(DefenderTenants.MachinesVulnerabilitiesPath, DefenderTenants.ExposureRow(id, CveId(((m * perMachine) + v) % cves)));
            }
        }

        // Real exports also list vulnerable products without a CVE. This row also keeps the row count off an exact
        // multiple of the page size: there the shared Defender paging re-reads pages after the last nextLink
        // (reported to the client's owner); the handler's edge de-duplication would hide it, but not its cost.
        tenant.Add(DefenderTenants.MachinesVulnerabilitiesPath, DefenderTenants.ExposureRow(DefenderTenants.MachineId(0), null));

        // Defender's documented limits enforced by the emulator, and the client pacing itself by the same budgets.
        await using var cloud = await Cloud.StartAsync(tenant, o => o with { Throttling = new ThrottlingOptions() });

        var result = await StepHarness.RunWithDependenciesAsync(new DefenderIntegration(), VulnerabilitiesSteps.FetchVulnerabilities, cloud, Timeouts.Token(120));

        Assert.Equal(machines * perMachine, result.RelationshipsOf(VulnerabilitiesTypes.MachineIdentifiedVulnerability.Type).Count);
        Assert.Equal(cves, result.EntitiesOf(VulnerabilitiesTypes.Vulnerability.Type).Count);
        // machines: 1 page of 10,000 (+1 empty); exposures: 20 pages of 10,000 (+1); vulnerabilities: 1 page.
        Assert.InRange(cloud.Host.Counters.Requests(EmulatorApi.Defender), 1, 25);
        Assert.Equal(0, cloud.Host.Counters.Throttled(EmulatorApi.Defender));
    }

    private static string CveId(int i) => $"CVE-2024-{10_000 + i}";
}
