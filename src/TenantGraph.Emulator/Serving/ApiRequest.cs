namespace TenantGraph.Emulator.Serving;

/// <summary>
/// One API call, independent of HTTP so that <c>$batch</c> items run through the same pipeline.
/// <see cref="Path"/> is relative to the emulator base without query, e.g. <c>graph/v1.0/users</c>.
/// </summary>
internal sealed record ApiRequest(
    EmulatorApi Api,
    string Method,
    string Path,
    ODataQuery Query,
    IReadOnlyDictionary<string, string> Headers,
    string BaseUrl)
{
    public string RequestId { get; } = Guid.NewGuid().ToString();

    /// <summary>The request body, read only for the POST routes that take one (advanced hunting).</summary>
    public byte[]? Body { get; init; }

    public string? Header(string name) => Headers.GetValueOrDefault(name);

    public string[] Segments => Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
