using System.Net;

namespace TenantGraph.Core.Errors;

/// <summary>
/// The provider refused a read the app is not allowed to make (a 403, or an API the tenant's licence lacks).
/// This is expected degradation: the runner records a missing-permission warning, marks the step's types
/// partial and carries on.
/// </summary>
public sealed class ProviderAuthorizationException : ProviderApiException
{
    public ProviderAuthorizationException(string message, HttpStatusCode status, string method, string path,
        string? errorCode = null, string? requestId = null, string? requiredPermission = null)
        : base(message, status, method, path, errorCode, requestId)
    {
        RequiredPermission = requiredPermission;
    }

    /// <summary>The permission that would allow the read, when the caller named it.</summary>
    public string? RequiredPermission { get; }
}
