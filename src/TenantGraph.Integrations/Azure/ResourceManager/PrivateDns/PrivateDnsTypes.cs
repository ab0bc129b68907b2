using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.PrivateDns;

internal static class PrivateDnsTypes
{
    public static readonly EntityMetadata Zone = new("[RM] Private DNS Zone", "azure_private_dns_zone", ["DomainZone"]);
    public static readonly EntityMetadata RecordSet = new("[RM] Private DNS Record Set", "azure_private_dns_record_set", ["DomainRecord"]);

    public static readonly RelationshipMetadata ZoneHasRecordSet = RelationshipMetadata.Direct(Zone, RelationshipClass.Has, RecordSet);
}
