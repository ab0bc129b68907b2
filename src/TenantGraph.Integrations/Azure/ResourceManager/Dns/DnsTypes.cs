using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.Dns;

internal static class DnsTypes
{
    public static readonly EntityMetadata Zone = new("[RM] DNS Zone", "azure_dns_zone", ["DomainZone"]);
    public static readonly EntityMetadata RecordSet = new("[RM] DNS Record Set", "azure_dns_record_set", ["DomainRecord"]);

    public static readonly RelationshipMetadata ZoneHasRecordSet = RelationshipMetadata.Direct(Zone, RelationshipClass.Has, RecordSet);
}
