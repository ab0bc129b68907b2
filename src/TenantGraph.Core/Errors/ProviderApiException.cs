using System.Net;

namespace TenantGraph.Core.Errors;

/// <summary>
/// A call to a provider API failed after the client's own retries. It names the request so the step
/// failure says exactly what failed; <see cref="IsTransient"/> tells whether trying again later may help.
/// </summary>
public class ProviderApiException : Exception
{
    public ProviderApiException(string message, HttpStatusCode? status, string method, string path,
        string? errorCode = null, string? requestId = null, bool isTransient = false, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        Method = method;
        Path = path;
        ErrorCode = errorCode;
        RequestId = requestId;
        IsTransient = isTransient;
    }

    /// <summary>The HTTP status, or null when no response arrived (timeout, reset, malformed body).</summary>
    public HttpStatusCode? Status { get; }

    public string Method { get; }

    /// <summary>The request path without host or query secrets.</summary>
    public string Path { get; }

    /// <summary>The service's own error code (for example <c>Authorization_RequestDenied</c>).</summary>
    public string? ErrorCode { get; }

    public string? RequestId { get; }

    public bool IsTransient { get; }
}
