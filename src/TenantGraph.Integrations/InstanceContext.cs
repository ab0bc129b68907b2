using Microsoft.Extensions.Logging;
using TenantGraph.Microsoft;
using TenantGraph.Microsoft.Delta;

namespace TenantGraph.Integrations;

/// <summary>What an integration gets to prepare a run of one configured instance.</summary>
public sealed record InstanceContext(
    string Name,
    string TenantId,
    MicrosoftApiClient Client,
    IntegrationSettings Settings,
    IDeltaLinkStore DeltaLinks,
    ILogger Logger,
    TimeProvider Time);
