using System.Text.Json.Nodes;
using TenantGraph.Emulator.Data;
using TenantGraph.Integrations.Microsoft365;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Microsoft365;

/// <summary>One collection of the recorded tenant, shared by the tests that only read its output.</summary>
public sealed class RecordedTenantCollection : IAsyncLifetime
{
    private IntegrationRun? _collection;

    /// <summary>
    /// The converted recordings, plus the one group whose members were recorded: the reference never recorded the
    /// /groups listing (spec A7.2), and the emulator answers an absent collection with 400.
    /// </summary>
    internal static TenantData Tenant()
    {
        var tenant = Cloud.Recorded("microsoft365");
        tenant.Add("graph/v1.0/groups", new JsonObject
        {
            ["id"] = "58e48aba-cd45-440f-a851-2bf9715fadc1",
            ["displayName"] = "Recorded group",
            ["createdDateTime"] = "2019-04-23T18:06:05Z",
            ["mailEnabled"] = false,
            ["securityEnabled"] = true,
        });
        return tenant;
    }

    internal Task<IntegrationRun> GetAsync() => Task.FromResult(_collection ?? throw new InvalidOperationException("not collected"));

    public async Task InitializeAsync()
    {
        await using var cloud = await Cloud.StartAsync(Tenant());
        _collection = await IntegrationHarness.RunAsync(new Microsoft365Integration(), cloud, Timeouts.Token());
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
