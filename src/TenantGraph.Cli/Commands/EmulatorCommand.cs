using System.CommandLine;
using TenantGraph.Cli.Configuration;
using System.Text.Json;
using System.Text.Json.Nodes;
using TenantGraph.Emulator;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Generation;

namespace TenantGraph.Cli.Commands;

/// <summary>
/// <c>tenantgraph emulator</c>: serves a tenant (a folder, or a generated one) as the identity platform, Microsoft
/// Graph, the Defender API and Azure Resource Manager on 127.0.0.1, with Microsoft's throttling and optional faults.
/// </summary>
internal static class EmulatorCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string?>("--data", "-d") { Description = "Serve this tenant folder (one JSON file per collection, plus tenant.json)" };
        var generate = new Option<bool>("--generate", "-g") { Description = "Serve a generated tenant (sizes below; default: the demo tenant)" };
        var save = new Option<string?>("--save") { Description = "Write the tenant folder here before serving" };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator and the fault choices", DefaultValueFactory = _ => 1 };
        var users = Size("--users", "users");
        var groups = Size("--groups", "groups");
        var memberships = Size("--memberships", "group memberships (with nested groups)");
        var devices = Size("--devices", "Entra devices");
        var managedDevices = Size("--managed-devices", "Intune managed devices");
        var apps = Size("--apps-per-device", "detected applications per managed device");
        var machines = Size("--machines", "Defender machines");
        var vulnerabilities = Size("--vulnerabilities-per-machine", "vulnerabilities per Defender machine");
        var subscriptions = Size("--subscriptions", "Azure subscriptions");
        var resources = Size("--resources-per-type", "Azure networks, security groups, VMs, storage accounts, key vaults and SQL servers (each) per subscription");
        var services = Size("--services-per-type", "Azure services of each other kind (databases, caches, containers, messaging, CDN, API Management, Batch, DNS) per subscription");
        var children = Size("--children-per-parent", "Azure child resources of each kind per parent (databases, queues, record sets, …)");
        var noIntune = new Option<bool>("--no-intune") { Description = "The tenant has no Intune licence" };
        var httpsPort = new Option<int>("--https-port") { Description = "HTTPS port on 127.0.0.1 (0: any free port)" };
        var httpPort = new Option<int>("--http-port") { Description = "Plain HTTP port on 127.0.0.1 (0: any free port)" };
        var writeCa = new Option<string?>("--write-ca") { Description = "Write the emulator's CA certificate (PEM) here, for tls.caFile" };
        var writeConfig = new Option<string?>("--write-config") { Description = "Write a tenantgraph.json that collects every integration from this emulator" };
        var noThrottling = new Option<bool>("--no-throttling") { Description = "Do not enforce Microsoft's throttling budgets" };
        var latency = new Option<int>("--latency-ms") { Description = "Fixed latency added to every request" };
        var jitter = new Option<int>("--jitter-ms") { Description = "Random extra latency, up to this many milliseconds" };
        var throttleRate = Rate("--throttle-rate", "429 answers");
        var serverErrorRate = Rate("--server-error-rate", "503/504 answers");
        var resetRate = Rate("--reset-rate", "connection resets");
        var malformedRate = Rate("--malformed-rate", "truncated JSON bodies");
        var slowRate = Rate("--slow-body-rate", "bodies trickled slowly");
        var deny = new Option<string[]>("--deny") { Description = "Treat this permission or ARM action as not granted (repeatable)", AllowMultipleArgumentsPerToken = true };
        var mutate = new Option<double>("--mutate") { Description = "Before serving, add, change and delete this percentage of objects" };
        var command = new Command("emulator", """
            Serve a Microsoft cloud on 127.0.0.1: the identity platform's token endpoint, Microsoft Graph (v1.0 and
            beta), the Defender for Endpoint API and Azure Resource Manager, with real paging, error bodies and
            throttling. Runs until Ctrl+C. POST /_admin/mutate?percent=5&seed=2 changes the tenant while it runs.

            Examples:
              tenantgraph emulator --generate --users 1000 --write-config tenantgraph.json --write-ca emulator-ca.pem
              tenantgraph emulator --data testdata/tenants/microsoft365 --latency-ms 50 --throttle-rate 0.05
            """)
        {
            data, generate, save, seed, users, groups, memberships, devices, managedDevices, apps, machines, vulnerabilities,
            subscriptions, resources, services, children, noIntune, httpsPort, httpPort, writeCa, writeConfig, noThrottling, latency, jitter,
            throttleRate, serverErrorRate, resetRate, malformedRate, slowRate, deny, mutate,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(data);
            if (folder is not null && parse.GetValue(generate))
            {
                context.Error.WriteLine("error: give either --data or --generate, not both");
                return ExitCodes.UsageOrConfiguration;
            }

            if (folder is not null && !File.Exists(Path.Combine(folder, "tenant.json")))
            {
                context.Error.WriteLine($"error: {folder} is not a tenant folder (it has no tenant.json)");
                return ExitCodes.UsageOrConfiguration;
            }

            var defaults = GeneratorOptions.Demo;
            var tenant = folder is not null ? TenantData.Load(folder) : TenantGenerator.Generate(defaults with
            {
                Seed = parse.GetValue(seed),
                IntuneLicensed = !parse.GetValue(noIntune),
                Users = parse.GetValue(users) ?? defaults.Users,
                Groups = parse.GetValue(groups) ?? defaults.Groups,
                Memberships = parse.GetValue(memberships) ?? defaults.Memberships,
                Devices = parse.GetValue(devices) ?? defaults.Devices,
                ManagedDevices = parse.GetValue(managedDevices) ?? defaults.ManagedDevices,
                DetectedAppsPerDevice = parse.GetValue(apps) ?? defaults.DetectedAppsPerDevice,
                DefenderMachines = parse.GetValue(machines) ?? defaults.DefenderMachines,
                VulnerabilitiesPerMachine = parse.GetValue(vulnerabilities) ?? defaults.VulnerabilitiesPerMachine,
                Subscriptions = parse.GetValue(subscriptions) ?? defaults.Subscriptions,
                ResourcesPerType = parse.GetValue(resources) ?? defaults.ResourcesPerType,
                ServicesPerType = parse.GetValue(services) ?? defaults.ServicesPerType,
                ChildrenPerParent = parse.GetValue(children) ?? defaults.ChildrenPerParent,
            });
            if (parse.GetValue(save) is { } saveTo)
            {
                tenant.Save(saveTo);
            }

            var options = new EmulatorOptions
            {
                Tenant = tenant,
                HttpsPort = parse.GetValue(httpsPort),
                HttpPort = parse.GetValue(httpPort),
                Throttling = parse.GetValue(noThrottling) ? ThrottlingOptions.Disabled : new ThrottlingOptions(),
                Faults = new FaultOptions
                {
                    Latency = TimeSpan.FromMilliseconds(parse.GetValue(latency)),
                    Jitter = TimeSpan.FromMilliseconds(parse.GetValue(jitter)),
                    ThrottleRate = parse.GetValue(throttleRate),
                    ServerErrorRate = parse.GetValue(serverErrorRate),
                    ConnectionResetRate = parse.GetValue(resetRate),
                    MalformedBodyRate = parse.GetValue(malformedRate),
                    SlowBodyRate = parse.GetValue(slowRate),
                    DeniedPermissions = parse.GetValue(deny) ?? [],
                    Seed = parse.GetValue(seed),
                },
            };
            await using var host = await EmulatorHost.StartAsync(options, cancellationToken);
            if (parse.GetValue(mutate) is > 0 and var percent)
            {
                host.Admin.Mutate(percent, parse.GetValue(seed));
            }

            context.Output.WriteLine($"Emulator for tenant {tenant.Info.TenantId} ({tenant.Info.DisplayName})");
            context.Output.WriteLine($"  https: {host.HttpsBaseUrl}   http: {host.HttpBaseUrl}");
            context.Output.WriteLine($"  login: {host.LoginUrl}  graph: {host.GraphUrl}  defender: {host.DefenderUrl}  resourceManager: {host.ResourceManagerUrl}");
            if (parse.GetValue(writeCa) is { } caFile)
            {
                host.WriteCaCertificatePem(caFile);
                context.Output.WriteLine($"  CA certificate written to {caFile}");
            }

            if (parse.GetValue(writeConfig) is { } configFile)
            {
                var ca = parse.GetValue(writeCa) ?? Path.ChangeExtension(configFile, ".ca.pem");
                host.WriteCaCertificatePem(ca);
                File.WriteAllText(configFile, EmulatorConfig(host, tenant, ca).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                context.Output.WriteLine($"  configuration written to {configFile}: tenantgraph collect --config {configFile}");
            }

            context.Output.WriteLine("Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                context.Output.WriteLine($"Stopped after {host.Counters.TotalRequests} requests.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A configuration with one instance per integration, all signed in as the tenant's first app.</summary>
    private static JsonObject EmulatorConfig(EmulatorHost host, TenantData tenant, string caFile)
    {
        var app = EmulatedInstances.App(tenant);
        var cloud = new JsonObject();
        foreach (var (name, url) in EmulatedInstances.Cloud(host))
        {
            cloud[name] = url;
        }

        var instances = new JsonArray();
        foreach (var instance in EmulatedInstances.For(tenant))
        {
            var settings = new JsonObject();
            foreach (var (name, value) in instance.Settings)
            {
                settings[name] = JsonNode.Parse(value.GetRawText());
            }

            instances.Add(new JsonObject
            {
                ["name"] = instance.Name,
                ["integration"] = instance.Integration.Name,
                ["tenantId"] = tenant.Info.TenantId,
                ["clientId"] = app.ClientId,
                ["clientSecret"] = app.ClientSecret,
                ["cloud"] = cloud.DeepClone(),
                ["settings"] = settings,
            });
        }

        return new JsonObject { ["store"] = TenantGraphConfig.DefaultStore, ["tls"] = new JsonObject { ["caFile"] = caFile }, ["instances"] = instances };
    }

    private static Option<int?> Size(string name, string what) => new(name) { Description = $"How many {what} to generate" };

    private static Option<double> Rate(string name, string what) => new(name) { Description = $"Share of requests (0 to 1) given {what}" };
}
