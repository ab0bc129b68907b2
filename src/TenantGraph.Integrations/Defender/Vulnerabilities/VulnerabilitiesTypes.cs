using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Defender.Machines;

namespace TenantGraph.Integrations.Defender.Vulnerabilities;

/// <summary>Vulnerabilities Defender found on machines, and their CVEs (spec §B5.5–B5.6).</summary>
internal static class VulnerabilitiesTypes
{
    public const string CveType = "cve";

    public static readonly EntityMetadata Vulnerability = new("Vulnerability", "microsoft_defender_vulnerability", ["Finding"]);

    public static readonly RelationshipMetadata MachineIdentifiedVulnerability =
        RelationshipMetadata.Direct(MachinesTypes.Machine, RelationshipClass.Identified, Vulnerability);

    public static readonly MappedRelationshipMetadata VulnerabilityIsCve =
        MappedRelationshipMetadata.Create(Vulnerability.Type, RelationshipClass.Is, CveType, RelationshipDirection.Forward);
}
