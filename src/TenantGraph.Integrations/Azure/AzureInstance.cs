using TenantGraph.Integrations.Azure.ResourceManager.Shared;
using TenantGraph.Microsoft;

namespace TenantGraph.Integrations.Azure;

/// <summary>What every Azure step handler gets from <c>context.Services.Get&lt;AzureInstance&gt;()</c>.</summary>
internal sealed record AzureInstance(string Name, string TenantId, MicrosoftApiClient Client, AzureOptions Options)
{
    public PortalLinks Links { get; } = new(TenantId);
}
