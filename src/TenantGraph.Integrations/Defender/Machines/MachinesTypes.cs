using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Defender.Account;

namespace TenantGraph.Integrations.Defender.Machines;

/// <summary>Onboarded machines (the Defender sensor, a HostAgent) and the devices they run on (spec §B5.3–B5.4).</summary>
internal static class MachinesTypes
{
    public static readonly EntityMetadata Machine = new("Machine", "microsoft_defender_machine", ["HostAgent"]);

    public static readonly EntityMetadata Endpoint = new("Device/Machine/Host", "user_endpoint", ["Device"]);

    public static readonly RelationshipMetadata AccountHasMachine =
        RelationshipMetadata.Direct(AccountTypes.Account, RelationshipClass.Has, Machine);

    public static readonly RelationshipMetadata MachineManagesEndpoint =
        RelationshipMetadata.Direct(Machine, RelationshipClass.Manages, Endpoint);
}
