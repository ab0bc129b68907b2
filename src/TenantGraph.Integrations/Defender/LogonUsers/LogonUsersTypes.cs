using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Defender.Machines;

namespace TenantGraph.Integrations.Defender.LogonUsers;

/// <summary>Accounts seen logging on to machines (spec §B5.8).</summary>
internal static class LogonUsersTypes
{
    public static readonly EntityMetadata LogonUser = new("Logon User", "microsoft_defender_logon_user", ["User"]);

    public static readonly RelationshipMetadata MachineHasLogonUser =
        RelationshipMetadata.Direct(MachinesTypes.Machine, RelationshipClass.Has, LogonUser);
}
