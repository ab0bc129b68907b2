namespace TenantGraph.Emulator.Serving;

/// <summary>An API answer: status, extra headers and a JSON body (empty for none).</summary>
internal sealed class ApiResponse(int status, byte[] body)
{
    public int Status { get; } = status;

    public byte[] Body { get; } = body;

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    public ApiResponse WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}
