using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.Batch;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.Batch;

public sealed class BatchStepsTests
{
    private static RecordedArm Recorded() => new RecordedArm()
        .Add("subscription-id/resourceGroups/*/providers/Microsoft.Batch/batchAccounts", "providers/Microsoft.Batch/batchAccounts")
        .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.Batch/batchAccounts/batchaccountj1dev/pools")
        .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.Batch/batchAccounts/batchaccountj1dev/applications")
        .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.Batch/batchAccounts/batchaccountj1dev/certificates");

    [Theory]
    [InlineData(BatchSteps.RmBatchPool, "azure_batch_account_has_pool")]
    [InlineData(BatchSteps.RmBatchApplication, "azure_batch_account_has_application")]
    [InlineData(BatchSteps.RmBatchCertificate, "azure_batch_account_has_certificate")]
    public async Task Account_has_each_child_kind(string stepId, string relationshipType)
    {
        await using var cloud = await Recorded().StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), stepId, cloud, Timeouts.Token(), RecordedArm.Settings);

        var edge = Assert.Single(result.RelationshipsOf(relationshipType));
        Assert.EndsWith("/batchAccounts/batchaccountj1dev", edge.FromKey, StringComparison.Ordinal);
    }
}
