using System.Text.Json;
using System.Text.Json.Serialization;

namespace TenantGraph.Microsoft.Delta;

/// <summary>
/// DeltaLinks in one JSON file (<c>{"instance/resource": "link"}</c>), rewritten through a temporary file so a
/// crash never leaves half a file. The links hold no secret, only opaque state tokens.
/// </summary>
public sealed class JsonFileDeltaLinkStore(string path) : IDeltaLinkStore
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<string?> GetAsync(string instance, string resource, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var links = await ReadAsync(cancellationToken);
            return links.GetValueOrDefault(Key(instance, resource));
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task SetAsync(string instance, string resource, string deltaLink, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var links = await ReadAsync(cancellationToken);
            links[Key(instance, resource)] = deltaLink;
            var temporary = path + ".tmp";
            await using (var stream = File.Create(temporary))
            {
                await JsonSerializer.SerializeAsync(stream, links, DeltaLinkJsonContext.Default.DictionaryStringString, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Dictionary<string, string>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return new(StringComparer.Ordinal);
        }

        await using var stream = File.OpenRead(path);
        var links = await JsonSerializer.DeserializeAsync(stream, DeltaLinkJsonContext.Default.DictionaryStringString, cancellationToken);
        return links is null ? new(StringComparer.Ordinal) : new(links, StringComparer.Ordinal);
    }

    private static string Key(string instance, string resource) => $"{instance}/{resource}";
}

[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class DeltaLinkJsonContext : JsonSerializerContext;
