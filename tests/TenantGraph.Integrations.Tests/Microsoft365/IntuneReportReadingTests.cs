using System.IO.Compression;
using System.Text;
using TenantGraph.Integrations.Microsoft365.Intune;
using TenantGraph.Integrations.Microsoft365.Intune.Applications;
using TenantGraph.Integrations.Microsoft365.Intune.Reports;

namespace TenantGraph.Integrations.Tests.Microsoft365;

/// <summary>Reading an exported report: CSV rows, the AppInvRawData columns, the archive's checks.</summary>
public sealed class IntuneReportReadingTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks()
    {
        var csv = new CsvReader(new StringReader("a,\"b, \"\"c\"\"\",\"d\r\ne\"\r\nf,,g\n"));

        Assert.Equal(["a", "b, \"c\"", "d\r\ne"], csv.ReadRow());
        Assert.Equal(["f", "", "g"], csv.ReadRow());
        Assert.Null(csv.ReadRow());
    }

    [Theory]
    [InlineData("a,\"b")]
    [InlineData("a,\"b\"c")]
    public void Malformed_quoting_is_a_format_error_naming_the_row(string text)
    {
        var csv = new CsvReader(new StringReader("h1,h2\r\n" + text));
        csv.ReadRow();

        var error = Assert.Throws<FormatException>(() => csv.ReadRow());
        Assert.Contains("row 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inventory_rows_are_read_by_column_name_in_any_order()
    {
        var rows = AppInventoryRows.Open(new CsvReader(new StringReader(
            "DeviceId,ApplicationVersion,Platform,ApplicationName,ApplicationKey\r\nd1,1.2,windows,Tool,k1\r\nd2,,windows,,k2\r\n")));

        var read = rows.Read().ToList();

        Assert.Equal(("d1", new DetectedApp("k1", "Tool", "1.2", null)), read[0]);
        Assert.Equal(("d2", new DetectedApp("k2", null, null, null)), read[1]);
    }

    [Fact]
    public void Inventory_without_a_needed_column_is_refused_before_any_row()
    {
        var error = Assert.Throws<ReportExportException>(() =>
            AppInventoryRows.Open(new CsvReader(new StringReader("ApplicationKey,ApplicationName,DeviceId\r\nk1,Tool,d1\r\n"))));

        Assert.Contains("ApplicationVersion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inventory_row_without_a_device_is_a_format_error()
    {
        var rows = AppInventoryRows.Open(new CsvReader(new StringReader(
            "ApplicationKey,ApplicationName,ApplicationVersion,DeviceId\r\nk1,Tool,1.0,\r\n")));

        var error = Assert.Throws<FormatException>(() => rows.Read().ToList());
        Assert.Contains("DeviceId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_that_is_not_a_zip_is_refused()
    {
        using var archive = ReportArchive.CreateTemporary("AppInvRawData");
        archive.Content.Write("not a zip"u8);

        Assert.Throws<ReportExportException>(() => archive.OpenCsv(1024));
    }

    [Fact]
    public void Archive_with_two_csv_files_is_refused()
    {
        using var archive = ReportArchive.CreateTemporary("AppInvRawData");
        WriteZip(archive.Content, ("a.csv", "h\r\n"), ("b.csv", "h\r\n"));

        var error = Assert.Throws<ReportExportException>(() => archive.OpenCsv(1024));
        Assert.Contains("2 CSV files", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_whose_csv_exceeds_the_limit_is_refused()
    {
        using var archive = ReportArchive.CreateTemporary("AppInvRawData");
        WriteZip(archive.Content, ("report.csv", new string('x', 2048)));

        Assert.Throws<ReportExportException>(() => archive.OpenCsv(1024));
    }

    [Fact]
    public void Byte_order_mark_is_not_part_of_the_first_column_name()
    {
        using var archive = ReportArchive.CreateTemporary("AppInvRawData");
        WriteZip(archive.Content, ("report.csv", "\uFEFFApplicationKey,ApplicationName,ApplicationVersion,DeviceId\r\nk1,Tool,1.0,d1\r\n"));

        var rows = AppInventoryRows.Open(archive.OpenCsv(1024)).Read().ToList();

        Assert.Equal("k1", Assert.Single(rows).App.Id);
    }

    [Fact]
    public void Temporary_archive_is_deleted_on_dispose()
    {
        string path;
        using (var archive = ReportArchive.CreateTemporary("AppInvRawData"))
        {
            path = ((FileStream)archive.Content).Name;
            Assert.True(File.Exists(path));
        }

        Assert.False(File.Exists(path));
    }

    private static void WriteZip(Stream destination, params (string Name, string Text)[] files)
    {
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, text) in files)
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(Encoding.UTF8.GetBytes(text));
        }
    }
}
