namespace TenantGraph.Store;

/// <summary>File formats of <see cref="IGraphStore.ExportAsync(long, ExportFormat, Stream, CancellationToken)"/>.</summary>
public enum ExportFormat
{
    /// <summary><c>{"entities":[…],"relationships":[…]}</c> with objects in JupiterOne's shape.</summary>
    Json,

    /// <summary>One table of entities then relationships: fixed columns plus the properties as a JSON object.</summary>
    Csv,

    /// <summary>GraphML: entities as nodes, direct relationships as edges, properties as JSON data.</summary>
    GraphMl,
}
