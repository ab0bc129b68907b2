using TenantGraph.Core.Errors;

namespace TenantGraph.Microsoft.Http;

internal enum FailureKind
{
    Throttled,
    ServerError,
    Timeout,
    Network,
    MalformedBody,
}

/// <summary>
/// An attempt that may succeed if repeated. Only the retry pipeline sees this type; once retries run out, the
/// caller gets <see cref="Failure"/>.
/// </summary>
internal sealed class TransientFailure(MicrosoftApi api, FailureKind kind, ProviderApiException failure, TimeSpan? retryAfter)
    : Exception(failure.Message, failure)
{
    public MicrosoftApi Api { get; } = api;

    public FailureKind Kind { get; } = kind;

    public ProviderApiException Failure { get; } = failure;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
