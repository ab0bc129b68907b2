using System.Globalization;
using System.Text.Json;
using TenantGraph.Emulator.Data;

namespace TenantGraph.Emulator.Serving.Hunting;

/// <summary>
/// Defender's advanced hunting API, <c>POST /api/advancedqueries/run</c> with <c>{"Query": "…"}</c>, answering
/// <c>{"Stats", "Schema", "Results"}</c> and at most <see cref="RowLimit"/> rows. Its one table, <c>DeviceLogonEvents</c>,
/// is derived from the tenant's <c>machines/{id}/logonusers</c> lists: each listed user makes one successful logon
/// event per logon type at its <c>firstSeen</c> and one at its <c>lastSeen</c>, so that summarizing the events by
/// device and account gives back what the per-machine listing says. The 30-day retention of the real table is not
/// modelled.
/// </summary>
internal sealed class AdvancedHuntingService(TenantData data)
{
    public const string Path = "defender/api/advancedqueries/run";

    /// <summary>Microsoft Learn: "The results include a maximum of 100,000 rows."</summary>
    public const int RowLimit = 100_000;

    public static bool Serves(ApiRequest request) =>
        request.Method.Equals("POST", StringComparison.OrdinalIgnoreCase) && request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase);

    public ApiResponse Post(ApiRequest request)
    {
        if (QueryText(request.Body) is not { } text)
        {
            return ErrorBodies.Defender(400, "InvalidRequestBody", "The request body must be a JSON object with a 'Query' string.", request);
        }

        HuntingQuery query;
        try
        {
            query = HuntingQuery.Parse(text);
        }
        catch (FormatException e)
        {
            return ErrorBodies.Defender(400, "BadRequest", $"Query could not be parsed: {e.Message}", request);
        }

        var events = Events().Where(e => query.Filters.All(f => f(e))).ToList();
        var body = ErrorBodies.Write(writer =>
        {
            writer.WriteStartObject("Stats");
            writer.WriteNumber("ExecutionTime", 0.01);
            writer.WriteStartArray("dataset_statistics");
            writer.WriteStartObject();
            writer.WriteNumber("table_row_count", events.Count);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteStartArray("Schema");
            foreach (var (name, type) in query.Summary?.Schema ?? LogonEvent.ColumnTypes.Select(c => (c.Key, c.Value)))
            {
                writer.WriteStartObject();
                writer.WriteString("Name", name);
                writer.WriteString("Type", type);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("Results");
            if (query.Summary is { } summary)
            {
                summary.WriteResults(writer, events, RowLimit);
            }
            else
            {
                foreach (var e in events.Take(RowLimit))
                {
                    writer.WriteStartObject();
                    writer.WriteString("Timestamp", e.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
                    foreach (var column in LogonEvent.ColumnTypes.Keys.Where(c => c != "Timestamp"))
                    {
                        writer.WriteString(column, e.Text(column));
                    }

                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
        });
        return new ApiResponse(200, body);
    }

    private static string? QueryText(byte[]? body)
    {
        if (body is not { Length: > 0 })
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("Query", out var query) && query.ValueKind == JsonValueKind.String
                    ? query.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private List<LogonEvent> Events()
    {
        var events = new List<LogonEvent>();
        lock (data.Gate)
        {
            if (data.FindCollection("defender/api/machines") is not { } machines)
            {
                return events;
            }

            foreach (var machine in machines.Items.Where(m => !m.IsDeleted))
            {
                using var machineDocument = JsonDocument.Parse(machine.Utf8!); // deleted objects were skipped
                var deviceName = Text(machineDocument.RootElement, "computerDnsName");
                if (data.FindCollection($"defender/api/machines/{machine.Id}/logonusers") is not { } users)
                {
                    continue;
                }

                foreach (var user in users.Items.Where(u => !u.IsDeleted))
                {
                    using var document = JsonDocument.Parse(user.Utf8!); // deleted objects were skipped
                    AddEvents(events, machine.Id, deviceName, document.RootElement);
                }
            }
        }

        return events;
    }

    private static void AddEvents(List<LogonEvent> events, string deviceId, string? deviceName, JsonElement user)
    {
        string?[] types = (Text(user, "logonTypes") ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var seen in new[] { Text(user, "firstSeen"), Text(user, "lastSeen") })
        {
            if (!DateTimeOffset.TryParse(seen, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp))
            {
                continue;
            }

            foreach (var type in types.Length == 0 ? [null] : types)
            {
                events.Add(new LogonEvent(timestamp, deviceId, deviceName, "LogonSuccess",
                    Text(user, "accountDomain"), Text(user, "accountName"), Text(user, "accountSid"), type));
            }
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
