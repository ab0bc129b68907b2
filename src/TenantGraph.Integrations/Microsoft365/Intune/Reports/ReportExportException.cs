namespace TenantGraph.Integrations.Microsoft365.Intune.Reports;

/// <summary>An Intune report export that produced no usable file: the jobs never completed, failed, or the archive is unusable.</summary>
internal sealed class ReportExportException(string message, Exception? innerException = null) : Exception(message, innerException);
