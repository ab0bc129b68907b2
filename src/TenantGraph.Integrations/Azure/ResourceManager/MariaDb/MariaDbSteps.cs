using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Databases;

namespace TenantGraph.Integrations.Azure.ResourceManager.MariaDb;

/// <summary>Azure Database for MariaDB single servers and their databases; the fetch is shared with the other single-server providers.</summary>
internal static class MariaDbSteps
{
    public const string RmDatabaseMariadbDatabases = "rm-database-mariadb-databases";

    public static readonly StepDefinition Databases =
        DatabaseServerSteps.Create(RmDatabaseMariadbDatabases, "MariaDB Databases", MariaDbTypes.Provider);

    public static IReadOnlyList<StepDefinition> All { get; } = [Databases];
}
