using TenantGraph.Integrations;
using TenantGraph.Microsoft;
using TenantGraph.Microsoft.Credentials;

namespace TenantGraph.Cli.Configuration;

/// <summary>One configured instance: which integration, which tenant and credential, which cloud, its settings.</summary>
internal sealed record InstanceConfig(
    string Name,
    IIntegration Integration,
    MicrosoftCredentialOptions Credential,
    CloudEndpoints Cloud,
    IntegrationSettings Settings,
    string? PollingInterval);
