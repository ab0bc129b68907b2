using System.Text.Json;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Importing;
using TenantGraph.Emulator.Tests.Support;

namespace TenantGraph.Emulator.Tests;

public sealed class RecordingImporterTests
{
    [Fact]
    public void Paged_defender_recording_becomes_one_machines_collection()
    {
        using var output = new TempDirectory();

        RecordingImporter.Import(RepositoryPaths.TestData("recordings"), output.Path);

        var machines = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output.Path, "defender", "api", "machines.json"))).RootElement.GetProperty("value");
        Assert.Equal(9, machines.GetArrayLength());
        Assert.Equal("0122dbb674dbc4c343a3033006e09cca89f522ca", machines[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Expanded_detected_apps_become_a_child_collection_of_the_device()
    {
        using var output = new TempDirectory();

        var tenant = RecordingImporter.Import(RepositoryPaths.TestData("recordings"), output.Path);

        Assert.True(tenant.Count("graph/beta/deviceManagement/managedDevices/683dbff1-c8ff-4996-91ae-85484de46cfc/detectedApps") > 0);
        Assert.All(tenant.GetObjects("graph/beta/deviceManagement/managedDevices"), device => Assert.Null(device["detectedApps"]));
    }

    [Fact]
    public void Token_exchanges_name_the_tenant()
    {
        using var output = new TempDirectory();

        RecordingImporter.Import(RepositoryPaths.TestData("recordings"), output.Path);

        Assert.Contains(TenantData.Load(output.Path).Info.TenantId, new[] { "19ae0f99-6fc6-444b-bd54-97504efc66ad", "a76fc728-0cba-45f0-a9eb-d45207e14513" });
    }

    [Theory]
    [InlineData("microsoft365", "graph/v1.0/users")]
    [InlineData("defender", "defender/api/machines")]
    [InlineData("azure", "arm/subscriptions/subscription-id/providers/Microsoft.Network/networkSecurityGroups")]
    public void Committed_recorded_tenants_load(string tenant, string collection)
    {
        var data = TenantData.Load(RepositoryPaths.TestData("tenants", tenant));

        Assert.True(data.Count(collection) > 0);
    }
}
