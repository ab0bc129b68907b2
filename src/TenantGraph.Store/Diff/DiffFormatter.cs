using System.Text.Json;
using TenantGraph.Core.Graph;
using TenantGraph.Store.Export;

namespace TenantGraph.Store.Diff;

/// <summary>
/// Prints a <see cref="GraphDiff"/> for <c>tenantgraph diff</c>. Table and CSV have one row per created or deleted
/// object and one per changed property of an updated object; JSON nests the property changes under each object.
/// </summary>
public static class DiffFormatter
{
    private static readonly string[] Header = ["change", "object", "_type", "_key", "property", "before", "after"];

    public static async Task WriteAsync(GraphDiff diff, DiffFormat format, TextWriter output, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case DiffFormat.Table:
                await WriteTableAsync(diff, output, cancellationToken);
                break;
            case DiffFormat.Csv:
                await output.WriteLineAsync(Csv.Row(Header).AsMemory(), cancellationToken);
                foreach (var row in Rows(diff))
                {
                    await output.WriteLineAsync(Csv.Row(row).AsMemory(), cancellationToken);
                }

                break;
            case DiffFormat.Json:
                await output.WriteLineAsync(Json(diff).AsMemory(), cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    private static async Task WriteTableAsync(GraphDiff diff, TextWriter output, CancellationToken cancellationToken)
    {
        var from = diff.From is { } f ? $"run {f.Id}" : "nothing";
        await output.WriteLineAsync(
            $"{diff.To.Instance}: {from} -> run {diff.To.Id}: {diff.Count(ChangeKind.Created)} created, {diff.Count(ChangeKind.Updated)} updated, {diff.Count(ChangeKind.Deleted)} deleted"
                .AsMemory(), cancellationToken);
        var rows = Rows(diff).Select(r => r.Select(c => (c ?? string.Empty).ReplaceLineEndings(" ")).ToArray()).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var widths = Header.Select((h, i) => Math.Min(60, Math.Max(h.Length, rows.Max(r => r[i].Length)))).ToArray();
        foreach (var row in rows.Prepend(Header))
        {
            var cells = row.Select((cell, i) => (cell.Length > widths[i] ? cell[..(widths[i] - 1)] + "…" : cell).PadRight(widths[i]));
            await output.WriteLineAsync(string.Join("  ", cells).TrimEnd().AsMemory(), cancellationToken);
        }
    }

    private static IEnumerable<string?[]> Rows(GraphDiff diff) =>
        diff.Entities.SelectMany(c => Rows(c.Kind, "entity", c.Type, c.Key, c.Properties))
            .Concat(diff.Relationships.SelectMany(c => Rows(c.Kind, "relationship", c.Type, c.Key, c.Properties)));

    private static IEnumerable<string?[]> Rows(ChangeKind kind, string objectKind, string type, string key,
        IReadOnlyList<PropertyChange> properties)
    {
        var change = kind.ToString().ToLowerInvariant();
        if (kind != ChangeKind.Updated)
        {
            yield return [change, objectKind, type, key, null, null, null];
            yield break;
        }

        foreach (var property in properties)
        {
            yield return [change, objectKind, type, key, property.Name, Text(property.Before), Text(property.After)];
        }
    }

    private static string? Text(object? value) => value is null ? null : PropertyText.Format(value);

    private static string Json(GraphDiff diff)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("instance", diff.To.Instance);
            if (diff.From is { } from)
            {
                writer.WriteNumber("fromRun", from.Id);
            }
            else
            {
                writer.WriteNull("fromRun");
            }

            writer.WriteNumber("toRun", diff.To.Id);
            writer.WriteStartObject("entities");
            WriteChanges(writer, diff.Entities.Select(c => (c.Kind, c.Type, c.Key, c.Properties)));
            writer.WriteEndObject();
            writer.WriteStartObject("relationships");
            WriteChanges(writer, diff.Relationships.Select(c => (c.Kind, c.Type, c.Key, c.Properties)));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteChanges(Utf8JsonWriter writer,
        IEnumerable<(ChangeKind Kind, string Type, string Key, IReadOnlyList<PropertyChange> Properties)> changes)
    {
        var byKind = changes.ToLookup(c => c.Kind);
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            writer.WriteStartArray(kind.ToString().ToLowerInvariant());
            foreach (var change in byKind[kind])
            {
                writer.WriteStartObject();
                writer.WriteString("_type", change.Type);
                writer.WriteString("_key", change.Key);
                if (kind == ChangeKind.Updated)
                {
                    writer.WriteStartArray("changes");
                    foreach (var property in change.Properties)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("property", property.Name);
                        WriteValue(writer, "before", property.Before);
                        WriteValue(writer, "after", property.After);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, string name, object? value)
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            GraphObjectJson.WriteValue(writer, value);
        }
    }
}
