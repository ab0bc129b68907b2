using System.Text.Json.Nodes;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Generation;

namespace TenantGraph.Integrations.Tests.Defender;

/// <summary>Tenants for the Defender step tests: hand-built small ones and generated ones, in the emulator's format.</summary>
internal static class DefenderTenants
{
    public const string MachinesPath = "defender/api/machines";
    public const string VulnerabilitiesPath = "defender/api/vulnerabilities";
    public const string MachinesVulnerabilitiesPath = "defender/api/vulnerabilities/machinesVulnerabilities";

    public static readonly string[] SeedPermissions =
        ["Organization.Read.All", "Directory.Read.All", "Machine.Read.All", "User.Read.All", "Vulnerability.Read.All"];

    /// <summary>An organization and app with the seed's permissions; add users, machines and the rest.</summary>
    public static TenantData Empty()
    {
        var tenant = new TenantData(new TenantInfo
        {
            TenantId = "7d5f3c1e-0000-4000-8000-00000000d3f0",
            Apps = [new AppRegistration { ClientId = "defender-collector", ClientSecret = "emulator-only", GrantedPermissions = SeedPermissions }],
        });
        tenant.Add("graph/v1.0/organization", new JsonObject
        {
            ["id"] = "7d5f3c1e-0000-4000-8000-00000000d3f0",
            ["displayName"] = "Fabrikam",
            ["verifiedDomains"] = new JsonArray(new JsonObject { ["name"] = "fabrikam.onmicrosoft.com", ["isDefault"] = true }),
        });
        tenant.EnsureCollection("graph/v1.0/users");
        tenant.EnsureCollection(MachinesPath);
        return tenant;
    }

    public static string MachineId(int i) => $"{i:x8}aa00bb11cc22dd33ee44ff5566778899"[..40];

    public static void AddMachine(TenantData tenant, string id) => tenant.Add(MachinesPath, new JsonObject
    {
        ["id"] = id,
        ["computerDnsName"] = $"host-{id[..8]}.fabrikam.local",
        ["firstSeen"] = "2024-01-01T00:00:00Z",
        ["lastSeen"] = "2024-06-01T00:00:00Z",
        ["osPlatform"] = "Windows11",
        ["version"] = "23H2",
        ["healthStatus"] = "Active",
        ["rbacGroupId"] = 0,
        ["machineTags"] = new JsonArray(),
        ["ipAddresses"] = new JsonArray(new JsonObject { ["ipAddress"] = "10.0.0.4", ["macAddress"] = "001122334455", ["type"] = "Ethernet" }),
    });

    public static JsonObject Vulnerability(string cve, int exposedMachines = 1) => new()
    {
        ["@odata.type"] = "#microsoft.windowsDefenderATP.api.PublicVulnerabilityDto",
        ["id"] = cve,
        ["name"] = cve,
        ["description"] = $"Description of {cve}",
        ["severity"] = "High",
        ["cvssV3"] = 7.5,
        ["exposedMachines"] = exposedMachines,
        ["publishedOn"] = "2024-02-13T00:00:00Z",
        ["updatedOn"] = "2024-03-04T03:15:06.577Z",
        ["publicExploit"] = false,
        ["exploitUris"] = new JsonArray(),
    };

    public static JsonObject LogonUser(string account) => new()
    {
        ["id"] = $"fabrikam\\{account}",
        ["accountName"] = account,
        ["accountDomain"] = "fabrikam",
        ["firstSeen"] = "2024-01-02T00:00:00Z",
        ["lastSeen"] = "2024-05-02T00:00:00Z",
        ["logonTypes"] = "Interactive",
        ["isDomainAdmin"] = false,
    };

    /// <summary>A generated tenant with only Entra users and Defender data (nothing else to generate or serve).</summary>
    public static TenantData Generated(int machines, int vulnerabilitiesPerMachine = 4, int logonUsersPerMachine = 2, int users = 10) =>
        TenantGenerator.Generate(GeneratorOptions.Empty with
        {
            Seed = 3,
            Users = users,
            DefenderMachines = machines,
            VulnerabilitiesPerMachine = vulnerabilitiesPerMachine,
            LogonUsersPerMachine = logonUsersPerMachine,
        });

    /// <summary>
    /// Writes what Defender's bulk endpoints would answer for the tenant's per-machine vulnerability lists:
    /// <c>/vulnerabilities</c> (each once, with its exposed-machine count) and
    /// <c>/vulnerabilities/machinesVulnerabilities</c> (one row per machine and CVE, plus a product row without a CVE).
    /// The emulator's generator writes these itself; hand-built and recorded tenants hold only the per-machine lists.
    /// </summary>
    public static void AddBulkExports(TenantData tenant)
    {
        var details = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var exposed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var machine in tenant.GetObjects(MachinesPath))
        {
            var machineId = (string)machine["id"]!; // every machine has an id
            foreach (var vulnerability in tenant.GetObjects($"{MachinesPath}/{machineId}/vulnerabilities"))
            {
                var cve = (string)vulnerability["id"]!; // every vulnerability has an id
                details.TryAdd(cve, vulnerability);
                exposed[cve] = exposed.GetValueOrDefault(cve) + 1;
                tenant.Add(MachinesVulnerabilitiesPath, ExposureRow(machineId, cve));
            }

            tenant.Add(MachinesVulnerabilitiesPath, ExposureRow(machineId, null));
        }

        tenant.EnsureCollection(VulnerabilitiesPath);
        foreach (var (cve, vulnerability) in details)
        {
            vulnerability["exposedMachines"] = exposed[cve];
            tenant.Add(VulnerabilitiesPath, vulnerability);
        }
    }

    public static JsonObject ExposureRow(string machineId, string? cve) => new()
    {
        ["id"] = $"{machineId}_microsoft_office_16.0.1_{cve}",
        ["cveId"] = cve,
        ["machineId"] = machineId,
        ["fixingKbId"] = null,
        ["productName"] = "office",
        ["productVendor"] = "microsoft",
        ["productVersion"] = "16.0.1",
        ["severity"] = "High",
    };
}
