using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Databases;

namespace TenantGraph.Integrations.Azure.ResourceManager.MySql;

/// <summary>Azure Database for MySQL single servers and their databases; the fetch is shared with the other single-server providers.</summary>
internal static class MySqlSteps
{
    public const string RmDatabaseMysqlDatabases = "rm-database-mysql-databases";

    public static readonly StepDefinition Databases =
        DatabaseServerSteps.Create(RmDatabaseMysqlDatabases, "MySQL Databases", MySqlTypes.Provider);

    public static IReadOnlyList<StepDefinition> All { get; } = [Databases];
}
