using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Databases;

namespace TenantGraph.Integrations.Azure.ResourceManager.PostgreSql;

/// <summary>Azure Database for PostgreSQL single servers and their databases; the fetch is shared with the other single-server providers.</summary>
internal static class PostgreSqlSteps
{
    public const string RmDatabasePostgresqlDatabases = "rm-database-postgresql-databases";

    public static readonly StepDefinition Databases =
        DatabaseServerSteps.Create(RmDatabasePostgresqlDatabases, "PostgreSQL Databases", PostgreSqlTypes.Provider);

    public static IReadOnlyList<StepDefinition> All { get; } = [Databases];
}
