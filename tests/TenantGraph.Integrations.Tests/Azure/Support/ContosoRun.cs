using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.Support;

/// <summary>One collection of the Contoso estate with the directory, shared by the tests that only read its graph.</summary>
public sealed class ContosoRun
{
    private readonly Lazy<Task<AzureRunResult>> _result = new(async () =>
    {
        await using var cloud = await Cloud.StartAsync(Contoso.Tenant().Data);
        return await AzureRun.RunAsync(cloud, AzureTenant.Settings(Contoso.Subscription, ingestActiveDirectory: true), Timeouts.Token());
    });

    internal Task<AzureRunResult> ResultAsync(CancellationToken cancellationToken) => _result.Value.WaitAsync(cancellationToken);
}
