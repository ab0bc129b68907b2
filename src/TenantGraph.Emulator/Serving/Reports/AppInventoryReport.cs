using System.Text;
using System.Text.Json;
using TenantGraph.Emulator.Data;

namespace TenantGraph.Emulator.Serving.Reports;

/// <summary>
/// The Intune report <c>AppInvRawData</c> (Apps &gt; Monitor &gt; Discovered apps &gt; Export): one row per app detected
/// on a managed device, built from the same per-device <c>detectedApps</c> collections the Graph route serves. Columns
/// as Microsoft lists them in "Intune reports and properties available using Graph API".
/// </summary>
internal static class AppInventoryReport
{
    public const string Name = "AppInvRawData";

    private const string Devices = "graph/beta/deviceManagement/managedDevices";

    public static IReadOnlyList<string> Columns { get; } =
    [
        "ApplicationKey", "ApplicationName", "ApplicationPublisher", "ApplicationShortVersion", "ApplicationVersion", "DeviceId",
        "DeviceName", "OSDescription", "OSVersion", "Platform", "UserId", "EmailAddress", "UserName",
    ];

    /// <summary>Writes the header and every row as CSV (RFC 4180 quoting); caller holds the tenant's gate.</summary>
    public static long WriteCsv(TenantData data, IReadOnlyList<string> columns, TextWriter writer)
    {
        writer.Write(string.Join(',', columns.Select(Quote)));
        writer.Write("\r\n");
        long rows = 0;
        var devices = TenantLookup.Collection(data, Devices);
        foreach (var device in devices?.Items.Where(d => !d.IsDeleted) ?? [])
        {
            using var deviceJson = JsonDocument.Parse(device.Utf8!); // live items have a body
            var d = deviceJson.RootElement;
            var deviceId = Text(d, "id");
            var apps = deviceId is null ? null : TenantLookup.Collection(data, $"{Devices}/{deviceId}/detectedApps");
            foreach (var app in apps?.Items.Where(a => !a.IsDeleted) ?? [])
            {
                using var appJson = JsonDocument.Parse(app.Utf8!); // live items have a body
                var a = appJson.RootElement;
                var row = columns.Select(column => column switch
                {
                    "ApplicationKey" => Text(a, "id"),
                    "ApplicationName" => Text(a, "displayName"),
                    "ApplicationPublisher" => Text(a, "publisher"),
                    "ApplicationShortVersion" or "ApplicationVersion" => Text(a, "version"),
                    "DeviceId" => deviceId,
                    "DeviceName" => Text(d, "deviceName"),
                    "OSDescription" => Text(d, "operatingSystem"),
                    "OSVersion" => Text(d, "osVersion"),
                    "Platform" => Text(a, "platform") ?? Text(d, "operatingSystem"),
                    "UserId" => Text(d, "userId"),
                    "EmailAddress" => Text(d, "emailAddress"),
                    _ => Text(d, "userDisplayName"),
                });
                writer.Write(string.Join(',', row.Select(v => Quote(v ?? string.Empty))));
                writer.Write("\r\n");
                rows++;
            }
        }

        return rows;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Quote(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        var quoted = new StringBuilder(value.Length + 2).Append('"');
        quoted.Append(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        return quoted.Append('"').ToString();
    }
}
