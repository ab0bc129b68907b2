using Microsoft.Extensions.Logging;
using TenantGraph.Microsoft;

namespace TenantGraph.Integrations.Microsoft365.Intune.Reports;

/// <summary>
/// Exports an Intune report through Graph's report export jobs ("Export Intune reports using Graph APIs"): POST beta
/// <c>/deviceManagement/reports/exportJobs</c>, read <c>exportJobs('{id}')</c> until it is completed, then download the
/// zip at its <c>url</c> (a pre-signed blob URL: no bearer token). A job that stays in progress past the wait, or
/// fails, is resubmitted a bounded number of times. A POST the client retries after a 5xx may leave a second job
/// behind; Intune expires unread jobs, so that costs nothing but the export.
/// </summary>
internal sealed class IntuneReportExporter(MicrosoftApiClient client, ReportExportOptions options, TimeProvider time, ILogger logger)
{
    public const string ExportJobsPath = "/deviceManagement/reports/exportJobs";

    public ReportExportOptions Options => options;

    /// <summary>The downloaded archive; the caller disposes it.</summary>
    /// <exception cref="ReportExportException">No job completed, or one completed without a URL.</exception>
    /// <exception cref="TenantGraph.Core.Errors.ProviderApiException">Graph refused the export (403) or failed past the client's retries.</exception>
    public async Task<ReportArchive> ExportAsync(string reportName, IReadOnlyList<string> select, string permission, CancellationToken cancellationToken)
    {
        for (var submission = 1; submission <= options.MaxSubmissions; submission++)
        {
            var created = await client.PostAsync(new ListRequest(MicrosoftApi.GraphBeta, ExportJobsPath, permission),
                new ExportJobRequest(reportName, "csv", select), ReportsJsonContext.Default.ExportJobRequest,
                ReportsJsonContext.Default.DeviceManagementExportJob, cancellationToken);
            if (created?.Value.Id is not { Length: > 0 } jobId)
            {
                throw new ReportExportException($"POST {ExportJobsPath} for {reportName} returned no job id");
            }

            var (job, outcome) = await WaitAsync(jobId, permission, cancellationToken);
            if (job is null)
            {
                Microsoft365Log.ExportJobResubmitted(logger, reportName, jobId, outcome, submission, options.MaxSubmissions);
                continue;
            }

            if (!Uri.TryCreate(job.Url, UriKind.Absolute, out var url))
            {
                throw new ReportExportException($"Export job {jobId} for {reportName} completed without a download URL");
            }

            var archive = ReportArchive.CreateTemporary(reportName);
            try
            {
                var bytes = await client.DownloadAsync(url, archive.Content, options.MaxArchiveBytes, cancellationToken);
                Microsoft365Log.ReportExported(logger, reportName, jobId, bytes);
                return archive;
            }
            catch
            {
                archive.Dispose();
                throw;
            }
        }

        throw new ReportExportException(
            $"{options.MaxSubmissions} export jobs for {reportName} did not complete within {options.MaxPolls} status reads each");
    }

    /// <summary>The completed job, or null with what happened (still in progress after the last read, or failed).</summary>
    private async Task<(DeviceManagementExportJob? Job, string Outcome)> WaitAsync(string jobId, string permission, CancellationToken cancellationToken)
    {
        var request = new ListRequest(MicrosoftApi.GraphBeta, $"{ExportJobsPath}('{Uri.EscapeDataString(jobId)}')", permission);
        for (var poll = 0; poll < options.MaxPolls; poll++)
        {
            var delay = options.PollDelays.Count == 0 ? TimeSpan.Zero : options.PollDelays[Math.Min(poll, options.PollDelays.Count - 1)];
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellationToken);
            }

            var job = (await client.GetAsync(request, ReportsJsonContext.Default.DeviceManagementExportJob, cancellationToken))?.Value;
            switch (job?.Status)
            {
                case "completed":
                    return (job, "completed");
                case "failed":
                    return (null, "failed");
            }
        }

        return (null, $"still in progress after {options.MaxPolls} status reads");
    }
}
