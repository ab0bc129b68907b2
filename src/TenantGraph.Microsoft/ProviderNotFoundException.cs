using System.Net;
using TenantGraph.Core.Errors;

namespace TenantGraph.Microsoft;

/// <summary>A 404: callers that may treat a missing object as empty catch this (or set <c>NotFoundIsEmpty</c>).</summary>
public sealed class ProviderNotFoundException(string message, string method, string path, string? errorCode, string? requestId)
    : ProviderApiException(message, HttpStatusCode.NotFound, method, path, errorCode, requestId);
