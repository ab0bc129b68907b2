using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.Support;

/// <summary>One collection of the Contoso estate with the directory, shared by the tests that only read its graph.</summary>
public sealed class ContosoRun
{
    private readonly Lazy<Task<IntegrationRun>> _result = new(async () =>
    {
        await using var cloud = await Cloud.StartAsync(Contoso.Tenant().Data);
        return await IntegrationHarness.RunAsync(new AzureIntegration(), cloud, Timeouts.Token(), AzureTenant.Settings(Contoso.Subscription, ingestActiveDirectory: true));
    });

    internal Task<IntegrationRun> ResultAsync(CancellationToken cancellationToken) => _result.Value.WaitAsync(cancellationToken);
}
