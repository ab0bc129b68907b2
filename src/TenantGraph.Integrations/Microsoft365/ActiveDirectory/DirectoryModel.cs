using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Microsoft365.ActiveDirectory;

/// <summary>
/// The directory types one profile emits: the current data model (<see cref="ActiveDirectoryTypes"/>) or the older
/// <c>active_directory_*</c> one (seed 002). The directory steps and converters are the same for both.
/// </summary>
internal sealed record DirectoryModel(
    EntityMetadata Account,
    EntityMetadata User,
    EntityMetadata Group,
    EntityMetadata GroupMember,
    RelationshipMetadata AccountHasUser,
    RelationshipMetadata AccountHasGroup,
    RelationshipMetadata GroupHasUser,
    RelationshipMetadata GroupHasGroup,
    RelationshipMetadata GroupHasMember);
