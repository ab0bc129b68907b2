using System.Data.Common;

namespace TenantGraph.Store;

/// <summary>What differs between SQLite and PostgreSQL: connections, SQL, run ownership and staging.</summary>
internal interface IStoreDialect : IAsyncDisposable
{
    /// <summary>The store as it may appear in logs and messages (no password).</summary>
    string Description { get; }

    StoreSql Sql { get; }

    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>The value of the @types parameter for an optional type filter.</summary>
    object TypesParameter(IReadOnlyCollection<string>? types);

    /// <summary>Creates or upgrades the schema; refuses a newer one.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Marks failed every running run whose writer is gone; returns them.</summary>
    Task<IReadOnlyList<RunInfo>> FailInterruptedRunsAsync(CancellationToken cancellationToken);

    Task<IRunWriter> BeginRunAsync(string instance, string integration, CancellationToken cancellationToken);
}
