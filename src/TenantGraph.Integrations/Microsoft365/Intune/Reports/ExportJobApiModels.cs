using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Microsoft365.Intune.Reports;

/// <summary>POST beta /deviceManagement/reports/exportJobs: the report, its format and the columns to export.</summary>
internal sealed record ExportJobRequest(string ReportName, string Format, IReadOnlyList<string> Select);

/// <summary>A deviceManagementExportJob: <c>status</c> is notStarted, inProgress, completed or failed; <c>url</c> is set once completed.</summary>
internal sealed record DeviceManagementExportJob(string? Id, string? Status, string? Url);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ExportJobRequest))]
[JsonSerializable(typeof(DeviceManagementExportJob))]
internal sealed partial class ReportsJsonContext : JsonSerializerContext;
