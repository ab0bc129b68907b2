using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Batch;

/// <summary>
/// azure-spec §5.8 <c>azure_batch_certificate</c>. Only the public part is described; a certificate's <c>data</c>
/// and <c>password</c>, should a response carry them, are redacted in the raw data.
/// </summary>
internal static class CertificateConverter
{
    private static readonly EntityMap<Certificate> Map = new(BatchTypes.Certificate)
    {
        Key = c => c.Id,
        Properties =
        {
            ["id"] = c => c.Id,
            ["name"] = c => c.Name,
            ["displayName"] = c => c.Name,
            ["type"] = c => c.Type,
            ["resourceGroup"] = c => ResourceId.Parse(c.Id).ResourceGroupName,
            ["thumbprint"] = c => c.Properties?.Thumbprint,
            ["thumbprintAlgorithm"] = c => c.Properties?.ThumbprintAlgorithm,
            ["format"] = c => c.Properties?.Format,
            ["provisioningState"] = c => c.Properties?.ProvisioningState,
        },
    };

    public static Entity ToEntity(ApiObject<Certificate> certificate, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(RawRedaction.Apply(certificate, "data", "password")), links, null);
}
