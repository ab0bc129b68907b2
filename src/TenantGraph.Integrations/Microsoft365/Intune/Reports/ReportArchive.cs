using System.IO.Compression;
using System.Text;

namespace TenantGraph.Integrations.Microsoft365.Intune.Reports;

/// <summary>
/// A downloaded report export: a zip holding exactly one CSV, kept in a temporary file that is deleted on dispose.
/// The CSV is read from the zip as a stream, never extracted or loaded whole.
/// </summary>
internal sealed class ReportArchive : IDisposable
{
    private readonly FileStream _file;
    private ZipArchive? _zip;

    private ReportArchive(FileStream file, string reportName)
    {
        _file = file;
        ReportName = reportName;
    }

    public string ReportName { get; }

    /// <summary>A temporary file for the download, deleted when the archive is disposed.</summary>
    public static ReportArchive CreateTemporary(string reportName) =>
        new(new FileStream(Path.Combine(Path.GetTempPath(), $"tenantgraph-{reportName}-{Guid.NewGuid():N}.zip"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose), reportName);

    /// <summary>Where the download is written.</summary>
    public Stream Content => _file;

    /// <summary>The CSV's rows, header first.</summary>
    /// <exception cref="ReportExportException">Not a zip, not exactly one CSV in it, or the CSV is larger than <paramref name="maxCsvBytes"/>.</exception>
    public CsvReader OpenCsv(long maxCsvBytes)
    {
        _file.Position = 0;
        try
        {
            _zip = new ZipArchive(_file, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new ReportExportException($"The {ReportName} export is not a valid zip archive: {e.Message}", e);
        }

        var csvs = _zip.Entries.Where(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToList();
        if (csvs.Count != 1)
        {
            throw new ReportExportException($"The {ReportName} export holds {csvs.Count} CSV files; exactly one was expected");
        }

        if (csvs[0].Length > maxCsvBytes)
        {
            throw new ReportExportException($"The {ReportName} export's CSV is {csvs[0].Length:N0} bytes, over the {maxCsvBytes:N0}-byte limit");
        }

        // The service writes UTF-8 with a byte order mark; the reader drops it.
        return new CsvReader(new StreamReader(csvs[0].Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 65536));
    }

    public void Dispose()
    {
        _zip?.Dispose();
        _file.Dispose();
    }
}
