using System.Text;
using System.Text.Json;
using System.Xml;
using TenantGraph.Core.Graph;

namespace TenantGraph.Store.Export;

/// <summary>Writes one run's snapshot as JSON, CSV or GraphML, streaming it from the store.</summary>
internal static class GraphExporter
{
    private const string GraphMlNamespace = "http://graphml.graphdrawing.org/xmlns";

    public static string FileName(long runId, ExportFormat format) => format switch
    {
        ExportFormat.Json => $"run-{runId}.json",
        ExportFormat.Csv => $"run-{runId}.csv",
        ExportFormat.GraphMl => $"run-{runId}.graphml",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static Task WriteAsync(IGraphStore store, long runId, ExportFormat format, Stream destination,
        CancellationToken cancellationToken) => format switch
    {
        ExportFormat.Json => WriteJsonAsync(store, runId, destination, cancellationToken),
        ExportFormat.Csv => WriteCsvAsync(store, runId, destination, cancellationToken),
        ExportFormat.GraphMl => WriteGraphMlAsync(store, runId, destination, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private static async Task WriteJsonAsync(IGraphStore store, long runId, Stream destination, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(destination);
        writer.WriteStartObject();
        writer.WriteStartArray("entities");
        await foreach (var entity in store.ReadSnapshotEntitiesAsync(runId, null, cancellationToken))
        {
            GraphObjectJson.WriteEntity(writer, entity);
            await FlushIfFullAsync(writer, cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relationships");
        await foreach (var relationship in store.ReadSnapshotRelationshipsAsync(runId, null, cancellationToken))
        {
            GraphObjectJson.WriteRelationship(writer, relationship);
            await FlushIfFullAsync(writer, cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    private static async Task WriteCsvAsync(IGraphStore store, long runId, Stream destination, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(destination, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        await text.WriteLineAsync("kind,_key,_type,_class,_fromEntityKey,_toEntityKey,properties".AsMemory(), cancellationToken);
        await foreach (var entity in store.ReadSnapshotEntitiesAsync(runId, null, cancellationToken))
        {
            await text.WriteLineAsync(Csv.Row("entity", entity.Key, entity.Type, string.Join(',', entity.Classes), null, null,
                PropertiesJson(entity.Properties)).AsMemory(), cancellationToken);
        }

        await foreach (var relationship in store.ReadSnapshotRelationshipsAsync(runId, null, cancellationToken))
        {
            await text.WriteLineAsync(Csv.Row("relationship", relationship.Key, relationship.Type, relationship.Class.ToVerb(),
                relationship.FromKey, relationship.ToKey, PropertiesJson(relationship.Properties)).AsMemory(), cancellationToken);
        }

        await text.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Entities become nodes and direct relationships edges; mapped relationships have no target node until
    /// JupiterOne resolves them, so they are left out.
    /// </summary>
    private static async Task WriteGraphMlAsync(IGraphStore store, long runId, Stream destination, CancellationToken cancellationToken)
    {
        await using var xml = XmlWriter.Create(destination, new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", GraphMlNamespace);
        foreach (var (id, target, name) in new[]
                 {
                     ("type", "all", "_type"), ("class", "all", "_class"), ("properties", "all", "properties"),
                     ("key", "edge", "_key"),
                 })
        {
            await xml.WriteStartElementAsync(null, "key", GraphMlNamespace);
            await xml.WriteAttributeStringAsync(null, "id", null, id);
            await xml.WriteAttributeStringAsync(null, "for", null, target);
            await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
            await xml.WriteAttributeStringAsync(null, "attr.type", null, "string");
            await xml.WriteEndElementAsync();
        }

        await xml.WriteStartElementAsync(null, "graph", GraphMlNamespace);
        await xml.WriteAttributeStringAsync(null, "id", null, $"run-{runId}");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        await foreach (var entity in store.ReadSnapshotEntitiesAsync(runId, null, cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "node", GraphMlNamespace);
            await xml.WriteAttributeStringAsync(null, "id", null, entity.Key);
            await WriteDataAsync(xml, "type", entity.Type);
            await WriteDataAsync(xml, "class", string.Join(',', entity.Classes));
            await WriteDataAsync(xml, "properties", PropertiesJson(entity.Properties));
            await xml.WriteEndElementAsync();
        }

        await foreach (var relationship in store.ReadSnapshotRelationshipsAsync(runId, null, cancellationToken))
        {
            if (relationship.IsMapped)
            {
                continue;
            }

            await xml.WriteStartElementAsync(null, "edge", GraphMlNamespace);
            await xml.WriteAttributeStringAsync(null, "source", null, relationship.FromKey);
            await xml.WriteAttributeStringAsync(null, "target", null, relationship.ToKey);
            await WriteDataAsync(xml, "key", relationship.Key);
            await WriteDataAsync(xml, "type", relationship.Type);
            await WriteDataAsync(xml, "class", relationship.Class.ToVerb());
            await WriteDataAsync(xml, "properties", PropertiesJson(relationship.Properties));
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task WriteDataAsync(XmlWriter xml, string key, string value)
    {
        await xml.WriteStartElementAsync(null, "data", GraphMlNamespace);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(value);
        await xml.WriteEndElementAsync();
    }

    private static string PropertiesJson(PropertyBag properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            GraphObjectJson.WriteProperties(writer, properties);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static async Task FlushIfFullAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        if (writer.BytesPending > 1 << 16)
        {
            await writer.FlushAsync(cancellationToken);
        }
    }
}
