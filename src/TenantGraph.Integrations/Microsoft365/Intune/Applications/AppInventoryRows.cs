using TenantGraph.Integrations.Microsoft365.Intune.Reports;

namespace TenantGraph.Integrations.Microsoft365.Intune.Applications;

/// <summary>
/// The rows of Intune's <c>AppInvRawData</c> report (Apps &gt; Monitor &gt; Discovered apps &gt; Export), one per app
/// detected on a device, read as the per-device <c>detectedApps</c> listing reads them: <c>ApplicationKey</c> is the
/// detected app's id. The report has no size column; sizes come from the tenant-wide detected-app list.
/// </summary>
internal sealed class AppInventoryRows
{
    public const string ReportName = "AppInvRawData";

    /// <summary>The columns asked for, so that a report whose defaults change still reads the same.</summary>
    public static readonly IReadOnlyList<string> Columns = ["ApplicationKey", "ApplicationName", "ApplicationVersion", "DeviceId"];

    private readonly CsvReader _csv;
    private readonly int[] _index;

    private AppInventoryRows(CsvReader csv, int[] index)
    {
        _csv = csv;
        _index = index;
    }

    /// <exception cref="ReportExportException">The CSV has no header, or lacks one of <see cref="Columns"/>.</exception>
    public static AppInventoryRows Open(CsvReader csv)
    {
        var header = csv.ReadRow() ?? throw new ReportExportException($"The {ReportName} export has no header row");
        var index = Columns.Select(c => IndexOf(header, c)).ToArray();
        if (Array.IndexOf(index, -1) is var missing and >= 0)
        {
            throw new ReportExportException($"The {ReportName} export lacks the {Columns[missing]} column");
        }

        return new AppInventoryRows(csv, index);
    }

    /// <summary>Each row as the device it names and the detection; the size is left to the caller.</summary>
    /// <exception cref="FormatException">A row is malformed or lacks its ApplicationKey or DeviceId.</exception>
    public IEnumerable<(string DeviceId, DetectedApp App)> Read()
    {
        while (_csv.ReadRow() is { } row)
        {
            if (row.Count == 1 && row[0].Length == 0)
            {
                continue; // a blank line, as a file's last line may be
            }

            var key = Field(row, 0);
            var deviceId = Field(row, 3);
            if (key is null || deviceId is null)
            {
                throw new FormatException($"{ReportName} row {_csv.Row} has no {(key is null ? "ApplicationKey" : "DeviceId")}");
            }

            yield return (deviceId, new DetectedApp(key, Field(row, 1), Field(row, 2), null));
        }
    }

    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Equals(column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>An empty cell is a missing value: CSV cannot tell null from "".</summary>
    private string? Field(IReadOnlyList<string> row, int column) =>
        _index[column] < row.Count && row[_index[column]].Length > 0 ? row[_index[column]] : null;
}
