using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Defender.Account;

namespace TenantGraph.Integrations.Defender.Users;

/// <summary>Directory users read through Microsoft Graph (spec §B5.2).</summary>
internal static class UsersTypes
{
    public static readonly EntityMetadata User = new("User", "microsoft_defender_user", ["User"]);

    public static readonly RelationshipMetadata AccountHasUser =
        RelationshipMetadata.Direct(AccountTypes.Account, RelationshipClass.Has, User);
}
