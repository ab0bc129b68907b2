using System.Text.Json.Nodes;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Generation;

namespace TenantGraph.Emulator.Tests;

public sealed class MutationTests
{
    [Fact]
    public void Device_statuses_after_change_rounds_each_name_a_live_device_once()
    {
        var tenant = TenantGenerator.Generate(GeneratorOptions.Demo);
        var before = ManagedDeviceIds(tenant);

        for (var seed = 1; seed <= 3; seed++)
        {
            TenantMutator.Mutate(tenant, 30, seed, DateTimeOffset.UnixEpoch);
        }

        var live = ManagedDeviceIds(tenant);
        Assert.NotEmpty(before.Except(live));
        var statusPaths = tenant.CollectionPaths.Where(p => p.EndsWith("/deviceStatuses", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(statusPaths);
        foreach (var path in statusPaths)
        {
            var devices = tenant.GetObjects(path).Select(DeviceOf).ToList();
            Assert.All(devices, device => Assert.Contains(device, live));
            Assert.Equal(devices.Count, devices.Distinct(StringComparer.Ordinal).Count());
        }
    }

    private static HashSet<string> ManagedDeviceIds(TenantData tenant) =>
        tenant.GetObjects("graph/beta/deviceManagement/managedDevices").Select(d => d["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);

    /// <summary>An app's status names its device in deviceId; a policy's status id ends with _ and the device id.</summary>
    private static string DeviceOf(JsonObject status) =>
        status["deviceId"]?.GetValue<string>() ?? status["id"]!.GetValue<string>().Split('_')[^1];
}
