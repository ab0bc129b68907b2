using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared.Databases;

/// <summary>
/// One of the single-server database providers (MySQL, PostgreSQL, MariaDB): its ARM namespace and api-version
/// and the family's own types. The families declare it in their <c>…Types</c>; the fetch is shared.
/// </summary>
internal sealed record DatabaseProvider(string Namespace, string ApiVersion, EntityMetadata Server, EntityMetadata Database,
    RelationshipMetadata ServerHasDatabase);
