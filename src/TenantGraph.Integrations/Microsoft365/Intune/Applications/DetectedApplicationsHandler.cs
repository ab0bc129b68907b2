using TenantGraph.Core.Errors;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Microsoft365.Intune.Reports;

namespace TenantGraph.Integrations.Microsoft365.Intune.Applications;

/// <summary>
/// The detected-applications step (spec A3.2). Intune's <c>AppInvRawData</c> report export gives every device's
/// detected apps in one job, where the per-device listing costs a request per device (50,000 in a large tenant). When
/// the export is refused or yields no usable file, the step says why and lists device by device through <c>$batch</c>.
/// Once rows are being added a failure fails the step, so nothing is added twice.
/// </summary>
internal static class DetectedApplicationsHandler
{
    public static async Task FetchAsync(StepContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.Get<IntuneClient>();
        var sink = new DetectionSink(context.JobState, DetectionSink.DeviceTypes(context.JobState));
        if (!await FromExportAsync(context, client, sink, cancellationToken))
        {
            await foreach (var (deviceId, app) in client.ListDetectedAppsAsync(sink.DeviceIds, cancellationToken))
            {
                sink.Add(deviceId, app.Value);
            }
        }

        sink.Report(context.Logger, context.StepId);
    }

    /// <summary>False, with the reason logged, when the export gave nothing to read.</summary>
    private static async Task<bool> FromExportAsync(StepContext context, IntuneClient client, DetectionSink sink, CancellationToken cancellationToken)
    {
        var exporter = context.Services.Get<IntuneReportExporter>();
        ReportArchive archive;
        try
        {
            archive = await exporter.ExportAsync(AppInventoryRows.ReportName, AppInventoryRows.Columns, IntuneClient.AppsPermission, cancellationToken);
        }
        catch (Exception e) when (e is ProviderApiException or ReportExportException)
        {
            Microsoft365Log.DetectedAppsExportFallback(context.Logger, context.StepId, e.Message);
            return false;
        }

        using (archive)
        {
            AppInventoryRows rows;
            try
            {
                rows = AppInventoryRows.Open(archive.OpenCsv(exporter.Options.MaxCsvBytes));
            }
            catch (Exception e) when (e is ReportExportException or FormatException)
            {
                Microsoft365Log.DetectedAppsExportFallback(context.Logger, context.StepId, e.Message);
                return false;
            }

            var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
            await foreach (var app in client.ListDetectedAppSizesAsync(cancellationToken))
            {
                if (app.SizeInByte is { } size)
                {
                    sizes[app.Id] = size;
                }
            }

            foreach (var (deviceId, app) in rows.Read())
            {
                sink.Add(deviceId, app with { SizeInByte = sizes.TryGetValue(app.Id, out var size) ? size : null });
            }
        }

        return true;
    }
}
