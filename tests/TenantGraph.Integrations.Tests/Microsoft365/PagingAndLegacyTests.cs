using System.Text.Json.Nodes;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Microsoft365;
using TenantGraph.Integrations.Microsoft365.Intune;
using TenantGraph.Integrations.Microsoft365.Legacy;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Microsoft365;

public sealed class PagingAndLegacyTests
{
    /// <summary>Upstream read detected apps through an unpaged <c>$expand</c> (spec A10.8), truncating large devices.</summary>
    [Fact]
    public async Task Detected_apps_beyond_one_page_are_all_collected()
    {
        var tenant = RecordedTenantCollection.Tenant();
        const string device = "1f75329e-51fc-451c-bd40-c457337641a4";
        for (var i = 0; i < 1_100; i++)
        {
            tenant.Add($"graph/beta/deviceManagement/managedDevices/{device}/detectedApps", new JsonObject
            {
                ["id"] = $"paged-detection-{i:D5}",
                ["displayName"] = $"Paged App {i:D5}",
                ["version"] = "1.0",
                ["sizeInByte"] = 1,
            });
        }

        await using var cloud = await Cloud.StartAsync(tenant);
        var result = await StepHarness.RunWithDependenciesAsync(new Microsoft365Integration(), IntuneSteps.DetectedApplications, cloud, Timeouts.Token());

        Assert.Equal(326 + 1_100, result.RelationshipsOf("laptop_installed_intune_detected_application").Count);
    }

    /// <summary>Upstream read install states from an unpaged report (spec A10.8); the deviceStatuses listing is paged.</summary>
    [Fact]
    public async Task Install_states_beyond_one_page_are_all_collected()
    {
        var tenant = RecordedTenantCollection.Tenant();
        const string webApp = "50124056-8cca-4cf5-9f98-8e63bede0b6e";
        for (var i = 0; i < 1_050; i++)
        {
            var id = $"00000000-0000-4000-8000-{i:D12}";
            tenant.Add("graph/beta/deviceManagement/managedDevices", new JsonObject
            {
                ["id"] = id, ["deviceName"] = $"PHONE-{i:D5}", ["deviceType"] = "iPhone", ["model"] = "iPhone 15", ["userId"] = "",
            });
            tenant.Add($"graph/beta/deviceAppManagement/mobileApps/{webApp}/deviceStatuses", new JsonObject
            {
                ["id"] = webApp + id, ["deviceId"] = id, ["mobileAppInstallStatusValue"] = "installed", ["installState"] = "installed",
                ["installStateDetail"] = "noAdditionalDetails", ["errorCode"] = 0,
            });
        }

        await using var cloud = await Cloud.StartAsync(tenant);
        var result = await StepHarness.RunWithDependenciesAsync(new Microsoft365Integration(), IntuneSteps.ManagedApplications, cloud, Timeouts.Token());

        Assert.Equal(1_051, result.RelationshipsOf("smartphone_assigned_intune_managed_application").Count(r => r.ToKey == webApp));
    }

    [Fact]
    public async Task Legacy_profile_collects_the_directory_as_active_directory_types()
    {
        await using var cloud = await Cloud.StartAsync(RecordedTenantCollection.Tenant());
        var collection = await IntegrationHarness.RunAsync(new Microsoft365LegacyIntegration(), cloud, Timeouts.Token());

        Assert.All(collection.Run.Steps, s => Assert.True(s.Status == StepStatus.Success, $"{s.Id}: {s.Status} {s.Error}"));
        Assert.Equal(5, collection.EntitiesOf(LegacyTypes.User.Type).Count);
        Assert.Single(collection.EntitiesOf(LegacyTypes.Account.Type));
        Assert.Equal(5, collection.RelationshipsOf(LegacyTypes.AccountHasUser.Type).Count);
        Assert.DoesNotContain(collection.Entities, e => e.Type.StartsWith("azure_", StringComparison.Ordinal) || e.Type.StartsWith("intune_", StringComparison.Ordinal));
    }
}
