using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Faults;

namespace TenantGraph.Emulator.Serving.Reports;

/// <summary>
/// Intune report export jobs (beta <c>/deviceManagement/reports/exportJobs</c>, "Export Intune reports using Graph
/// APIs"): a POST creates a job (201, <c>notStarted</c>); GETs of <c>exportJobs('{id}')</c> answer <c>inProgress</c> for
/// the configured number of polls, then <c>completed</c> with a <c>url</c> to a zip holding one CSV. The zip is written
/// to a temporary folder at completion and served without a bearer token under <c>_reports/</c>, as a blob SAS URL is.
/// </summary>
internal sealed class ExportJobService : IDisposable
{
    private const string DownloadPrefix = "_reports";

    private readonly TenantData _data;
    private readonly FaultInjector _faults;
    private readonly int _pollsInProgress;
    private readonly TimeProvider _time;
    private readonly EmulatorCounters _counters;
    private readonly ConcurrentDictionary<string, ExportJob> _jobs = new(StringComparer.Ordinal);
    private readonly string _directory = Directory.CreateTempSubdirectory("tenantgraph-emulator-reports-").FullName;
    private int _created;

    public ExportJobService(TenantData data, FaultInjector faults, int pollsInProgress, EmulatorCounters counters, TimeProvider time)
    {
        _counters = counters;
        _data = data;
        _faults = faults;
        _pollsInProgress = pollsInProgress;
        _time = time;
    }

    /// <summary>Whether the Graph call is on <c>deviceManagement/reports/exportJobs</c> or one job of it.</summary>
    public static bool Serves(ApiRequest request)
    {
        var segments = request.Segments;
        return request.Api == EmulatorApi.Graph && segments.Length is 5 or 6
            && segments[2].Equals("deviceManagement", StringComparison.OrdinalIgnoreCase)
            && segments[3].Equals("reports", StringComparison.OrdinalIgnoreCase)
            && segments[4].StartsWith("exportJobs", StringComparison.OrdinalIgnoreCase);
    }

    public ApiResponse Handle(ApiRequest request)
    {
        var now = _time.GetUtcNow();
        var segments = request.Segments;
        var jobId = JobId(segments);
        if (jobId is null && request.Method.Equals("POST", StringComparison.OrdinalIgnoreCase))
        {
            return Create(request, now);
        }

        if (jobId is not null && request.Method.Equals("GET", StringComparison.OrdinalIgnoreCase))
        {
            return _jobs.TryGetValue(jobId, out var job)
                ? Poll(request, job, now)
                : ErrorBodies.Graph(404, "ResourceNotFound", $"No export job with id '{jobId}'.", request, now);
        }

        return ErrorBodies.Graph(405, "Request_BadRequest", "The emulator creates export jobs and reads one job at a time.", request, now);
    }

    /// <summary>The completed archive a download URL names, or null.</summary>
    public FileStream? OpenDownload(string[] segments)
    {
        if (segments is not [DownloadPrefix, var file] || !file.EndsWith(".zip", StringComparison.Ordinal)
            || !_jobs.TryGetValue(file[..^".zip".Length], out var job))
        {
            return null;
        }

        string? archive;
        lock (job.Gate)
        {
            archive = job.Archive;
        }

        if (archive is null)
        {
            return null;
        }

        _counters.RecordDownload();
        return File.OpenRead(archive);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary><c>exportJobs('{id}')</c> or <c>exportJobs/{id}</c>; null for the collection.</summary>
    private static string? JobId(string[] segments)
    {
        if (segments.Length == 6)
        {
            return Uri.UnescapeDataString(segments[5]);
        }

        var name = Uri.UnescapeDataString(segments[4]);
        return name.Length > "exportJobs('')".Length && name.EndsWith("')", StringComparison.Ordinal) && name["exportJobs".Length..].StartsWith("('", StringComparison.Ordinal)
            ? name["exportJobs('".Length..^2]
            : null;
    }

    private ApiResponse Create(ApiRequest request, DateTimeOffset now)
    {
        string? reportName;
        string format;
        List<string> select;
        try
        {
            using var body = JsonDocument.Parse(request.Body ?? []);
            var root = body.RootElement;
            reportName = root.TryGetProperty("reportName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
            format = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : "csv"; // a string kind has a value
            select = root.TryGetProperty("select", out var s) && s.ValueKind == JsonValueKind.Array
                ? [.. s.EnumerateArray().Select(c => c.GetString() ?? string.Empty)]
                : [];
        }
        catch (JsonException)
        {
            return ErrorBodies.Graph(400, "BadRequest", "The request body is not a deviceManagementExportJob.", request, now);
        }

        if (reportName is null)
        {
            return ErrorBodies.Graph(400, "BadRequest", "reportName is required.", request, now);
        }

        if (!reportName.Equals(AppInventoryReport.Name, StringComparison.OrdinalIgnoreCase))
        {
            return ErrorBodies.Graph(400, "BadRequest", $"The emulator exports {AppInventoryReport.Name} only, not '{reportName}'.", request, now);
        }

        if (!format.Equals("csv", StringComparison.OrdinalIgnoreCase))
        {
            return ErrorBodies.Graph(400, "BadRequest", $"The emulator exports csv only, not '{format}'.", request, now);
        }

        if (select.FirstOrDefault(c => !AppInventoryReport.Columns.Contains(c, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            return ErrorBodies.Graph(400, "BadRequest", $"Invalid select column '{unknown}' for report {AppInventoryReport.Name}.", request, now);
        }

        var columns = select.Count == 0
            ? AppInventoryReport.Columns
            : select.Select(c => AppInventoryReport.Columns.First(k => k.Equals(c, StringComparison.OrdinalIgnoreCase))).ToList();
        var number = Interlocked.Increment(ref _created);
        var job = new ExportJob($"{AppInventoryReport.Name}_{Guid.NewGuid()}", AppInventoryReport.Name, columns, "csv",
            stalled: number <= _faults.Options.StalledExportJobs, now);
        _jobs[job.Id] = job;
        _counters.RecordExportJob();
        return new ApiResponse(201, Body(request, job, "notStarted", url: null, now));
    }

    private ApiResponse Poll(ApiRequest request, ExportJob job, DateTimeOffset now)
    {
        string? url = null;
        lock (job.Gate)
        {
            job.Polls++;
            if (!job.Stalled && job.Polls > _pollsInProgress)
            {
                job.Archive ??= WriteArchive(job);
                url = $"{request.BaseUrl}{DownloadPrefix}/{job.Id}.zip?sv=2019-02-02&sr=b&sp=r&sig={Guid.NewGuid():N}";
            }
        }

        return new ApiResponse(200, Body(request, job, url is null ? "inProgress" : "completed", url, now));
    }

    private string WriteArchive(ExportJob job)
    {
        var path = Path.Combine(_directory, job.Id + ".zip");
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        // The service's CSVs start with a byte order mark.
        using var writer = new StreamWriter(archive.CreateEntry(job.Id + ".csv", CompressionLevel.Fastest).Open(), new UTF8Encoding(true));
        lock (_data.Gate)
        {
            AppInventoryReport.WriteCsv(_data, job.Select, writer);
        }

        return path;
    }

    private static byte[] Body(ApiRequest request, ExportJob job, string status, string? url, DateTimeOffset now) => ErrorBodies.Write(writer =>
    {
        writer.WriteString("@odata.context", $"{request.BaseUrl}graph/beta/$metadata#deviceManagement/reports/exportJobs/$entity");
        writer.WriteString("id", job.Id);
        writer.WriteString("reportName", job.ReportName);
        writer.WriteNull("filter");
        writer.WriteStartArray("select");
        foreach (var column in job.Select)
        {
            writer.WriteStringValue(column);
        }

        writer.WriteEndArray();
        writer.WriteString("format", job.Format);
        writer.WriteNull("snapshotId");
        writer.WriteString("localizationType", "localizedValuesAsAdditionalColumn");
        writer.WriteString("status", status);
        if (url is null)
        {
            writer.WriteNull("url");
        }
        else
        {
            writer.WriteString("url", url);
        }

        writer.WriteString("requestDateTime", job.Requested.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture));
        writer.WriteString("expirationDateTime", url is null ? "0001-01-01T00:00:00Z"
            : now.AddHours(6).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture));
    });
}
