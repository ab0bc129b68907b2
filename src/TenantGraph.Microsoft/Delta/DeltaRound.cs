using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using TenantGraph.Core.Errors;
using TenantGraph.Microsoft.Logging;
using TenantGraph.Microsoft.Paging;

namespace TenantGraph.Microsoft.Delta;

/// <summary>
/// One delta round. Read it to the end, then store <see cref="DeltaLink"/> for the next run (only once the
/// changes are safely processed). <see cref="Kind"/> says whether the round was a full sync, in which case
/// objects not seen are gone.
/// </summary>
public sealed class DeltaRound<T>
{
    // Graph answers an expired or unknown state token with 410 Gone or one of these codes (peers.md §4.1).
    private static readonly HashSet<string> ExpiredCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "syncStateNotFound", "syncStateInvalid", "resyncRequired", "ExpiredDeltaToken", "InvalidDeltaToken",
    };

    private readonly PageReader _reader;
    private readonly ILogger _logger;
    private readonly DeltaRequest _request;
    private readonly Func<JsonElement, string, T> _convert;

    internal DeltaRound(PageReader reader, ILogger logger, DeltaRequest request, Func<JsonElement, string, T> convert)
    {
        _reader = reader;
        _logger = logger;
        _request = request;
        _convert = convert;
        Kind = request.PreviousDeltaLink is null ? DeltaSyncKind.Full : DeltaSyncKind.Incremental;
    }

    public DeltaSyncKind Kind { get; private set; }

    /// <summary>The link to pass as <see cref="DeltaRequest.PreviousDeltaLink"/> next time; set when the round is read through.</summary>
    public string? DeltaLink { get; private set; }

    public async IAsyncEnumerable<DeltaChange<T>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var list = new ListRequest(MicrosoftApi.Graph, _request.Path, _request.RequiredPermission)
        {
            Select = _request.Select,
            PageSize = ListRequest.NoTop,
        };
        var start = _request.PreviousDeltaLink;
        while (true)
        {
            var pages = _reader.ReadAsync(list, start, deduplicate: false, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                while (true)
                {
                    RawPage page;
                    try
                    {
                        if (!await pages.MoveNextAsync())
                        {
                            yield break;
                        }

                        page = pages.Current;
                    }
                    catch (ProviderApiException e) when (start is not null && IsExpired(e))
                    {
                        Log.DeltaLinkExpired(_logger, _request.Path, e.ErrorCode ?? e.Status?.ToString() ?? "refused");
                        Kind = DeltaSyncKind.FullAfterExpiredLink;
                        start = null;
                        break;
                    }

                    foreach (var item in page.Items)
                    {
                        yield return Change(item, page.Path);
                    }

                    if (page.DeltaLink is not null)
                    {
                        DeltaLink = page.DeltaLink;
                    }
                }
            }
            finally
            {
                await pages.DisposeAsync();
            }
        }
    }

    private static bool IsExpired(ProviderApiException e) =>
        e.Status == HttpStatusCode.Gone || (e.ErrorCode is { } code && ExpiredCodes.Contains(code));

    private DeltaChange<T> Change(JsonElement item, string path)
    {
        var id = PageReader.Text(item, "id")
            ?? throw new ProviderApiException($"GET {path} returned an object without an id", HttpStatusCode.OK, "GET", path);
        string? removed = null;
        if (item.TryGetProperty("@removed", out var removal))
        {
            removed = PageReader.Text(removal, "reason") ?? "deleted";
        }

        var members = new List<DeltaMemberChange>();
        if (item.TryGetProperty("members@delta", out var delta) && delta.ValueKind == JsonValueKind.Array)
        {
            foreach (var member in delta.EnumerateArray())
            {
                if (PageReader.Text(member, "id") is { } memberId)
                {
                    members.Add(new DeltaMemberChange(memberId, PageReader.Text(member, "@odata.type"), member.TryGetProperty("@removed", out _)));
                }
            }
        }

        return new DeltaChange<T>(id, removed is null ? _convert(item, path) : default, item, removed, members);
    }
}
