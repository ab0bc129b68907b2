using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.ContainerInstances;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.ContainerInstances;

public sealed class ContainerInstancesStepsTests
{
    private const string Groups = "providers/Microsoft.ContainerInstance/containerGroups";

    private static RecordedArm Recorded() => new RecordedArm()
        .Add("subscription-id/resourceGroups/*/providers/Microsoft.ContainerInstance/containerGroups", Groups);

    [Fact]
    public async Task Group_has_its_containers_and_volumes_and_containers_use_mounted_volumes()
    {
        await using var cloud = await Recorded().StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), ContainerInstancesSteps.RmContainerGroups, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        var hellofiles = RecordedArm.Id("cloud-shell-storage-eastus/providers/Microsoft.ContainerInstance/containerGroups/hellofiles");
        Assert.Contains(result.EntitiesOf(ContainerInstancesTypes.Container.Type), c => c.Key == hellofiles + "/containers/hellofiles");
        var volume = Assert.Single(result.EntitiesOf(ContainerInstancesTypes.Volume.Type));
        Assert.Equal(hellofiles + "/volumes/azurefile", volume.Key);
        Assert.Equal("fileshare", volume.Properties["shareName"]);
        var uses = Assert.Single(result.RelationshipsOf(ContainerInstancesTypes.ContainerUsesVolume.Type));
        Assert.Equal("/aci/logs/", uses.Properties["mountPath"]);
        Assert.Equal(true, Assert.Single(result.EntitiesOf(ContainerInstancesTypes.Group.Type), g => g.Key == hellofiles).Properties["public"]);
    }

    [Fact]
    public async Task Secure_environment_values_and_share_keys_never_reach_raw_data()
    {
        var arm = new RecordedArm().AddObject(Groups, """
            {"id":"/subscriptions/{S}/resourceGroups/j1dev/providers/Microsoft.ContainerInstance/containerGroups/app","name":"app","type":"Microsoft.ContainerInstance/containerGroups","location":"eastus",
             "properties":{"osType":"Linux","containers":[{"name":"web","properties":{"image":"nginx","environmentVariables":[{"name":"TOKEN","secureValue":"hunter2-secret"}],"volumeMounts":[{"name":"share","mountPath":"/data"}]}}],
             "volumes":[{"name":"share","azureFile":{"shareName":"s","storageAccountName":"acct","storageAccountKey":"hunter2-key"}}]}}
            """);
        await using var cloud = await arm.StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), ContainerInstancesSteps.RmContainerGroups, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        Assert.All(result.Entities, e => Assert.DoesNotContain("hunter2", e.RawData ?? string.Empty, StringComparison.Ordinal));
        Assert.Equal(new[] { "TOKEN" }, Assert.Single(result.EntitiesOf(ContainerInstancesTypes.Container.Type)).Properties["environmentVariableNames"]);
    }
}
