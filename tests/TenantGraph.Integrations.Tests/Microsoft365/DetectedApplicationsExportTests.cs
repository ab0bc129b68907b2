using System.Globalization;
using System.Text.Json.Nodes;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Core.Tests.Support;
using TenantGraph.Emulator;
using TenantGraph.Emulator.Generation;
using TenantGraph.Integrations.Microsoft365;
using TenantGraph.Integrations.Microsoft365.Intune;
using TenantGraph.Integrations.Microsoft365.Intune.Applications;
using TenantGraph.Integrations.Microsoft365.Intune.Reports;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Microsoft365;

/// <summary>The detected-applications step through Intune's AppInvRawData export, and its fall back to the per-device listing.</summary>
public sealed class DetectedApplicationsExportTests
{
    private const string AppsPermission = "DeviceManagementApps.Read.All";

    /// <summary>No waits between status reads, so tests never sleep; two submissions of three reads each.</summary>
    private static readonly Microsoft365Integration Integration = new(new ReportExportOptions
    {
        PollDelays = [], MaxPolls = 3, MaxSubmissions = 2,
    });

    private static GeneratorOptions Tenant => new()
    {
        Seed = 11, Users = 30, Groups = 4, Memberships = 40, Devices = 25, ManagedDevices = 25, DetectedAppsPerDevice = 6,
        ManagedApps = 2, CompliancePolicies = 1, DeviceConfigurations = 1, DefenderMachines = 0, Subscriptions = 0,
    };

    [Fact]
    public async Task Export_path_collects_the_same_graph_as_the_per_device_path()
    {
        await using var exportCloud = await Cloud.StartAsync(TenantGenerator.Generate(Tenant));
        var exported = await RunAsync(exportCloud);
        await using var perDeviceCloud = await Cloud.StartAsync(TenantGenerator.Generate(Tenant),
            o => o with { Faults = new FaultOptions { DeniedPermissions = [AppsPermission] } });
        var perDevice = await RunAsync(perDeviceCloud);

        Assert.Equal(1, exportCloud.Host.Counters.Downloads);
        Assert.Equal(0, perDeviceCloud.Host.Counters.Downloads);
        Assert.NotEmpty(exported.Relationships);
        Assert.Equal(Describe(perDevice.Entities), Describe(exported.Entities));
        Assert.Equal(Describe(perDevice.Relationships), Describe(exported.Relationships));
    }

    [Fact]
    public async Task Export_refused_with_403_falls_back_to_each_device_and_says_why()
    {
        await using var cloud = await Cloud.StartAsync(TenantGenerator.Generate(Tenant),
            o => o with { Faults = new FaultOptions { DeniedPermissions = [AppsPermission] } });
        var logger = new RecordingLogger();
        var result = await RunAsync(cloud, logger);

        Assert.Equal(StepStatus.Success, result.Step.Status);
        Assert.Empty(result.Step.MissingPermissions);
        Assert.Equal(Tenant.ManagedDevices * Tenant.DetectedAppsPerDevice, result.Relationships.Count);
        var warning = Assert.Single(logger.Entries, e => e.EventId == Microsoft365Log.DetectedAppsExportFallbackId);
        Assert.Contains(AppsPermission, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_job_that_never_completes_is_resubmitted_then_falls_back()
    {
        await using var cloud = await Cloud.StartAsync(TenantGenerator.Generate(Tenant),
            o => o with { Faults = new FaultOptions { StalledExportJobs = int.MaxValue } });
        var logger = new RecordingLogger();
        var result = await RunAsync(cloud, logger);

        Assert.Equal(2, cloud.Host.Counters.ExportJobs);
        Assert.Equal(0, cloud.Host.Counters.Downloads);
        Assert.Equal(2, logger.Entries.Count(e => e.EventId == Microsoft365Log.ExportJobResubmittedId));
        Assert.Single(logger.Entries, e => e.EventId == Microsoft365Log.DetectedAppsExportFallbackId);
        Assert.Equal(StepStatus.Success, result.Step.Status);
        Assert.Equal(Tenant.ManagedDevices * Tenant.DetectedAppsPerDevice, result.Relationships.Count);
        Assert.DoesNotContain(IntuneTypes.DetectedApplication.Type, result.PartialTypes);
    }

    [Fact]
    public async Task Stalled_export_job_is_replaced_by_a_fresh_one_that_completes()
    {
        await using var cloud = await Cloud.StartAsync(TenantGenerator.Generate(Tenant),
            o => o with { Faults = new FaultOptions { StalledExportJobs = 1 } });
        var logger = new RecordingLogger();
        var result = await RunAsync(cloud, logger);

        Assert.Equal(2, cloud.Host.Counters.ExportJobs);
        Assert.Equal(1, cloud.Host.Counters.Downloads);
        Assert.DoesNotContain(logger.Entries, e => e.EventId == Microsoft365Log.DetectedAppsExportFallbackId);
        Assert.Equal(Tenant.ManagedDevices * Tenant.DetectedAppsPerDevice, result.Relationships.Count);
    }

    /// <summary>Upstream keyed every nameless app <c>IntuneDetected:undefined</c> (spec A5.11, A10.5); the export path keeps the fix.</summary>
    [Fact]
    public async Task Nameless_detected_apps_from_the_export_are_keyed_by_their_detection_id()
    {
        var tenant = RecordedTenantCollection.Tenant();
        const string device = "1f75329e-51fc-451c-bd40-c457337641a4";
        foreach (var id in new[] { "NAMELESS-A", "NAMELESS-B" })
        {
            tenant.Add($"graph/beta/deviceManagement/managedDevices/{device}/detectedApps", new JsonObject { ["id"] = id, ["version"] = "1.0" });
        }

        await using var cloud = await Cloud.StartAsync(tenant);
        var result = await RunAsync(cloud);

        Assert.Equal(1, cloud.Host.Counters.Downloads);
        Assert.Contains(result.Entities, e => e.Key == DetectedApplicationConverter.KeyPrefix + "nameless-a");
        Assert.Contains(result.Entities, e => e.Key == DetectedApplicationConverter.KeyPrefix + "nameless-b");
        Assert.DoesNotContain(result.Entities, e => e.Key == DetectedApplicationConverter.KeyPrefix + "undefined");
    }

    [Fact]
    public async Task Export_path_matches_the_reference_counts_of_the_recorded_tenant()
    {
        await using var cloud = await Cloud.StartAsync(RecordedTenantCollection.Tenant());
        var result = await RunAsync(cloud);

        Assert.Equal(1, cloud.Host.Counters.Downloads);
        Assert.Equal(398, result.EntitiesOf(IntuneTypes.DetectedApplication.Type).Count);
        Assert.Equal(326, result.RelationshipsOf("laptop_installed_intune_detected_application").Count);
        Assert.Equal(87, result.RelationshipsOf("smartphone_installed_intune_detected_application").Count);
    }

    private static Task<StepHarnessResult> RunAsync(Cloud cloud, RecordingLogger? logger = null) =>
        StepHarness.RunWithDependenciesAsync(Integration, IntuneSteps.DetectedApplications, cloud, Timeouts.Token(), logger: logger);

    private static IEnumerable<string> Describe(IEnumerable<Entity> entities) =>
        entities.Select(e => $"{e.Key} {e.Type} {Describe(e.Properties)}").Order(StringComparer.Ordinal);

    private static IEnumerable<string> Describe(IEnumerable<Relationship> relationships) =>
        relationships.Select(r => $"{r.Key} {r.Type} {r.FromKey}->{r.ToKey} {Describe(r.Properties)}").Order(StringComparer.Ordinal);

    private static string Describe(PropertyBag properties) =>
        string.Join(";", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Convert.ToString(p.Value, CultureInfo.InvariantCulture)}"));
}
