using System.Globalization;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>
/// Defender for Endpoint: machines, their vulnerabilities and logon users (m365 spec B4 shapes), and the bulk
/// lists built from the same pairs: <c>vulnerabilities/machinesVulnerabilities</c> (one row per machine and CVE)
/// and <c>vulnerabilities</c> (each CVE once, <c>exposedMachines</c> counting the machines that have it).
/// </summary>
internal static class DefenderGenerator
{
    /// <summary>Each CVE with the software it affects on a machine and the KB that fixes it (Windows updates only).</summary>
    private static readonly (string Cve, string Severity, double Cvss, string Description, string Vendor, string Product, string Version, string? FixingKb)[] Cves =
    [
        ("CVE-2024-21412", "High", 8.1, "Internet Shortcut Files Security Feature Bypass Vulnerability", "microsoft", "windows_11", "10.0.22631.3155", "5034765"),
        ("CVE-2024-21351", "Medium", 7.6, "Windows SmartScreen Security Feature Bypass Vulnerability", "microsoft", "windows_11", "10.0.22631.3155", "5034765"),
        ("CVE-2023-44487", "High", 7.5, "HTTP/2 Rapid Reset denial of service", "microsoft", "edge_chromium", "118.0.2088.46", null),
        ("CVE-2023-4863", "High", 8.8, "Heap buffer overflow in libwebp", "google", "chrome", "116.0.5845.141", null),
        ("CVE-2024-3094", "Critical", 10.0, "Malicious code in xz upstream tarballs", "tukaani", "xz", "5.6.0", null),
        ("CVE-2023-5517", "High", 7.5, "BIND 9 assertion failure with nxdomain-redirect", "isc", "bind", "9.18.19", null),
        ("CVE-2024-26169", "High", 7.8, "Windows Error Reporting Service Elevation of Privilege Vulnerability", "microsoft", "windows_10", "10.0.19045.4046", "5035845"),
        ("CVE-2022-0778", "High", 7.5, "OpenSSL BN_mod_sqrt infinite loop", "openssl", "openssl", "1.1.1k", null),
        ("CVE-2024-30088", "High", 7.0, "Windows Kernel Elevation of Privilege Vulnerability", "microsoft", "windows_11", "10.0.22631.3593", "5039212"),
        ("CVE-2023-36884", "High", 8.8, "Office and Windows HTML Remote Code Execution Vulnerability", "microsoft", "office", "16.0.16529.20182", "5002477"),
        ("CVE-2024-21413", "Critical", 9.8, "Microsoft Outlook Remote Code Execution Vulnerability", "microsoft", "outlook", "16.0.17126.20132", null),
        ("CVE-2023-38545", "Critical", 9.8, "curl SOCKS5 heap buffer overflow", "haxx", "curl", "8.3.0", null),
        ("CVE-2024-1086", "High", 7.8, "Linux kernel netfilter use-after-free", "linux", "linux_kernel", "6.5.0", null),
        ("CVE-2021-44228", "Critical", 10.0, "Apache Log4j2 JNDI remote code execution", "apache", "log4j", "2.14.1", null),
        ("CVE-2023-32233", "Medium", 5.5, "Linux kernel nf_tables use-after-free", "linux", "linux_kernel", "6.3.1", null),
    ];

    public static void Generate(GeneratorContext context)
    {
        var data = context.Data;
        data.EnsureCollection("defender/api/machines");
        data.EnsureCollection("defender/api/vulnerabilities");
        data.EnsureCollection("defender/api/vulnerabilities/machinesVulnerabilities");
        var found = new List<(string MachineId, int Cve, JsonObject Vulnerability)>();
        var logons = new List<(string MachineId, JsonObject User)>();
        for (var i = 0; i < context.Options.DefenderMachines; i++)
        {
            var device = context.Devices.Count > 0 && i < context.Devices.Count ? context.Devices[i] : null;
            var id = context.Hex(20);
            var platform = device?.Platform ?? context.Pick(DevicePlatform.All);
            var name = device?.Name.ToLowerInvariant() ?? $"srv-{context.Pick(Names.Workloads)}-{i.ToString("D2", CultureInfo.InvariantCulture)}";
            data.Add("defender/api/machines", Machine(context, id, name, platform, device));
            data.EnsureCollection($"defender/api/machines/{id}/vulnerabilities");
            foreach (var (cve, index) in Cves.Select((c, i) => (c, i)).OrderBy(_ => context.Random.Next()).Take(Math.Min(context.Options.VulnerabilitiesPerMachine, Cves.Length)))
            {
                found.Add((id, index, new JsonObject
                {
                    ["@odata.type"] = "#microsoft.windowsDefenderATP.api.PublicVulnerabilityDto", ["id"] = cve.Cve, ["name"] = cve.Cve,
                    ["description"] = cve.Description, ["severity"] = cve.Severity, ["cvssV3"] = cve.Cvss,
                    ["cvssVector"] = "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H/E:U/RL:O/RC:C", ["exposedMachines"] = context.Random.Next(1, 40),
                    ["publishedOn"] = "2024-02-13T00:00:00Z", ["updatedOn"] = context.DaysAgo(60), ["firstDetected"] = context.DaysAgo(120, 30),
                    ["publicExploit"] = context.Chance(0.3), ["exploitVerified"] = context.Chance(0.2), ["exploitInKit"] = false,
                    ["exploitTypes"] = new JsonArray(), ["exploitUris"] = new JsonArray(), ["cveSupportability"] = "Supported", ["epss"] = Math.Round(context.Random.NextDouble(), 5),
                }));
            }

            data.EnsureCollection($"defender/api/machines/{id}/logonusers");
            for (var u = 0; u < context.Options.LogonUsersPerMachine && context.Users.Count > 0; u++)
            {
                var user = u == 0 && device is not null ? device.Owner : context.Pick(context.Users);
                var account = user.UserPrincipalName.Split('@')[0];
                logons.Add((id, new JsonObject
                {
                    ["id"] = $"{context.Options.TenantName.ToLowerInvariant()}\\{account}", ["accountName"] = account,
                    ["accountDomain"] = context.Options.TenantName.ToLowerInvariant(),
                    ["accountSid"] = $"S-1-12-1-{context.Random.Next().ToString(CultureInfo.InvariantCulture)}-{context.Random.Next().ToString(CultureInfo.InvariantCulture)}",
                    ["firstSeen"] = context.DaysAgo(300, 30), ["lastSeen"] = context.DaysAgo(10), ["mostPrevalentMachineId"] = id, ["leastPrevalentMachineId"] = id,
                    ["logonTypes"] = u == 0 ? "Interactive" : "Network, RemoteInteractive", ["logOnMachinesCount"] = context.Random.Next(1, 4),
                    ["isDomainAdmin"] = context.Chance(0.05), ["isOnlyNetworkUser"] = false,
                }));
            }
        }

        WriteVulnerabilities(data, found);
        WriteLogonUsers(data, logons);
    }

    /// <summary>
    /// Defender's logon user is one account of the tenant, whichever machine lists it: its SID, first and last logon,
    /// logon types and machine count are the account's. So every machine's copy is made the same, from all the
    /// machines the account was drawn on (no random draws here, so the families generated later are unchanged).
    /// </summary>
    private static void WriteLogonUsers(Data.TenantData data, List<(string MachineId, JsonObject User)> logons)
    {
        foreach (var account in logons.GroupBy(l => (string)l.User["id"]!, StringComparer.Ordinal)) // every logon user has an id
        {
            var first = account.First().User;
            var machines = account.Select(l => l.MachineId).Distinct(StringComparer.Ordinal).ToArray();
            var types = account.SelectMany(l => ((string)l.User["logonTypes"]!).Split(", ")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            var firstSeen = account.Select(l => (string)l.User["firstSeen"]!).Min(StringComparer.Ordinal);
            var lastSeen = account.Select(l => (string)l.User["lastSeen"]!).Max(StringComparer.Ordinal);
            foreach (var machineId in machines)
            {
                var user = first.DeepClone().AsObject();
                user["firstSeen"] = firstSeen;
                user["lastSeen"] = lastSeen;
                user["logonTypes"] = string.Join(", ", types);
                user["logOnMachinesCount"] = machines.Length;
                user["mostPrevalentMachineId"] = machines[0];
                user["leastPrevalentMachineId"] = machines[^1];
                user["isOnlyNetworkUser"] = types.All(t => t == "Network");
                data.Add($"defender/api/machines/{machineId}/logonusers", user);
            }
        }
    }

    /// <summary>Writes the per-machine lists and the bulk lists once every machine's CVEs are known.</summary>
    private static void WriteVulnerabilities(Data.TenantData data, List<(string MachineId, int Cve, JsonObject Vulnerability)> found)
    {
        var exposed = found.GroupBy(f => f.Cve).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (machineId, cve, vulnerability) in found)
        {
            vulnerability["exposedMachines"] = exposed[cve];
            data.Add($"defender/api/machines/{machineId}/vulnerabilities", vulnerability);
            var (cveId, severity, _, _, vendor, product, version, fixingKb) = Cves[cve];
            data.Add("defender/api/vulnerabilities/machinesVulnerabilities", new JsonObject
            {
                ["id"] = $"{machineId}-_-{cveId}-_-{vendor}-_-{product}-_-{version}-_-{fixingKb}", ["cveId"] = cveId, ["machineId"] = machineId,
                ["fixingKbId"] = fixingKb, ["productName"] = product, ["productVendor"] = vendor, ["productVersion"] = version, ["severity"] = severity,
            });
        }

        foreach (var first in found.GroupBy(f => f.Cve).OrderBy(g => Cves[g.Key].Cve, StringComparer.Ordinal).Select(g => g.First().Vulnerability))
        {
            var details = first.DeepClone().AsObject();
            details.Remove("@odata.type");
            details.Remove("firstDetected");
            data.Add("defender/api/vulnerabilities", details);
        }
    }

    private static JsonObject Machine(GeneratorContext context, string id, string name, DevicePlatform platform, GeneratedDevice? device)
    {
        var ip = context.Ip("10.1");
        return new JsonObject
        {
            ["id"] = id, ["mergedIntoMachineId"] = null, ["isPotentialDuplication"] = false, ["isExcluded"] = false, ["exclusionReason"] = null,
            ["computerDnsName"] = $"{name}.{context.Options.TenantName.ToLowerInvariant()}.local", ["firstSeen"] = context.DaysAgo(600, 60),
            ["lastSeen"] = context.DaysAgo(5), ["osPlatform"] = platform.DefenderPlatform, ["osVersion"] = platform.OsVersion,
            ["osProcessor"] = "x64", ["version"] = platform.OperatingSystem == "Windows" ? "23H2" : platform.OsVersion, ["lastIpAddress"] = ip,
            ["lastExternalIpAddress"] = context.Ip("20.81"), ["agentVersion"] = "10.8760.22621.1016", ["osBuild"] = platform.OperatingSystem == "Windows" ? 22631 : null,
            ["healthStatus"] = context.Pick(["Active", "Active", "Active", "Inactive", "ImpairedCommunication"]), ["deviceValue"] = context.Pick(["Normal", "Normal", "High", "Low"]),
            ["rbacGroupId"] = 0, ["rbacGroupName"] = null, ["riskScore"] = context.Pick(["None", "Low", "Medium", "High"]),
            ["exposureLevel"] = context.Pick(["Low", "Medium", "High"]), ["isAadJoined"] = device is not null, ["aadDeviceId"] = device?.DeviceId,
            ["machineTags"] = new JsonArray(context.Pick(Names.Departments)), ["defenderAvStatus"] = "Updated", ["onboardingStatus"] = "Onboarded",
            ["osArchitecture"] = "64-bit", ["managedBy"] = device is not null ? "Intune" : "MicrosoftDefenderForEndpoint", ["managedByStatus"] = "Success",
            ["ipAddresses"] = new JsonArray(
                new JsonObject { ["ipAddress"] = ip, ["macAddress"] = context.Hex(6).ToUpperInvariant(), ["type"] = "Ethernet", ["operationalStatus"] = "Up" },
                new JsonObject { ["ipAddress"] = "127.0.0.1", ["macAddress"] = "000000000000", ["type"] = "SoftwareLoopback", ["operationalStatus"] = "Up" }),
            ["vmMetadata"] = null,
        };
    }
}
