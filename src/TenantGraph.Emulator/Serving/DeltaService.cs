using System.Globalization;
using System.Text.Json;
using TenantGraph.Emulator.Data;

namespace TenantGraph.Emulator.Serving;

/// <summary>
/// Graph delta queries (<c>/users/delta</c>, <c>/groups/delta</c>, <c>/devices/delta</c>, any collection).
/// A round reports every object whose version lies in (from, to], where <c>to</c> is the tenant version
/// when the round began; pages walk item positions, so changes made mid-round fall into the next round.
/// Groups carry <c>members@delta</c> from their <c>members</c> collection (peers.md §4.1).
/// </summary>
internal sealed class DeltaService(TenantData data, PageTokens pageTokens, TimeProvider time, int defaultPageSize)
{
    public ApiResponse Get(ApiRequest request)
    {
        var now = time.GetUtcNow();
        var collectionPath = request.Path[..request.Path.LastIndexOf('/')];
        long from = 0;
        long to;
        long start = 0;
        lock (data.Gate)
        {
            to = data.Version;
        }

        if (request.Query["deltatoken"] is { } deltaToken)
        {
            if (deltaToken.Length == 0)
            {
                from = 0;
            }
            else if (deltaToken.Equals("latest", StringComparison.OrdinalIgnoreCase))
            {
                from = to;
            }
            else if (pageTokens.Read(deltaToken, PageTokens.Delta, out var token) == PageTokenStatus.Valid)
            {
                from = token!.ToVersion; // Valid always carries a token
            }
            else
            {
                return Gone(request, collectionPath, now);
            }
        }
        else if (request.Query["skiptoken"] is { } skipToken)
        {
            if (pageTokens.Read(skipToken, PageTokens.DeltaPage, out var token) != PageTokenStatus.Valid)
            {
                return Gone(request, collectionPath, now);
            }

            (from, to, start) = (token!.FromVersion, token.ToVersion, token.Position); // Valid always carries a token
        }

        var size = PageSize(request);
        var select = request.Query.Select;
        var isGroups = collectionPath.EndsWith("/groups", StringComparison.OrdinalIgnoreCase);
        var withMembers = isGroups && (select is null || select.Contains("members", StringComparer.OrdinalIgnoreCase));
        var idFilter = IdFilter(request);
        lock (data.Gate)
        {
            var collection = TenantLookup.Collection(data, collectionPath);
            if (collection is null)
            {
                return ErrorBodies.Graph(400, "BadRequest", $"Resource not found for the segment '{request.Segments[^2]}'.", request, now);
            }

            var emitted = 0;
            var position = (int)Math.Min(start, collection.Items.Count);
            var body = ErrorBodies.Write(writer =>
            {
                writer.WriteString("@odata.context", $"{request.BaseUrl}graph/{request.Segments[1]}/$metadata#{request.Segments[2]}");
                writer.WriteStartArray("value");
                for (; position < collection.Items.Count && emitted < size; position++)
                {
                    var item = collection.Items[position];
                    if ((idFilter is null || idFilter.Contains(item.Id))
                        && WriteChange(writer, collectionPath, item, from, to, select, withMembers))
                    {
                        emitted++;
                    }
                }

                writer.WriteEndArray();
                var rest = request.Query.Without("skiptoken", "deltatoken");
                var prefix = $"{request.BaseUrl}{request.Path}?{rest}{(rest.Length > 0 ? "&" : string.Empty)}";
                if (position < collection.Items.Count)
                {
                    writer.WriteString("@odata.nextLink", prefix + "$skiptoken=" + pageTokens.Issue(PageTokens.DeltaPage, position, from, to));
                }
                else
                {
                    writer.WriteString("@odata.deltaLink", prefix + "$deltatoken=" + pageTokens.Issue(PageTokens.Delta, 0, 0, to));
                }
            });
            return new ApiResponse(200, body);
        }
    }

    private bool WriteChange(Utf8JsonWriter writer, string collectionPath, StoredObject item, long from, long to, IReadOnlyList<string>? select, bool withMembers)
    {
        var members = withMembers ? TenantLookup.Collection(data, $"{collectionPath}/{item.Id}/members") : null;
        var changedSelf = item.Version > from && item.Version <= to;
        var changedMembers = members?.Items.Where(m => m.Version > from && m.Version <= to && (from > 0 || !m.IsDeleted)).ToList() ?? [];
        if (item.IsDeleted)
        {
            if (!changedSelf || from == 0)
            {
                return false;
            }

            writer.WriteStartObject();
            writer.WriteString("id", item.Id);
            WriteRemoved(writer);
            writer.WriteEndObject();
            return true;
        }

        if (!changedSelf && changedMembers.Count == 0)
        {
            return false;
        }

        using var document = JsonDocument.Parse(item.Utf8);
        writer.WriteStartObject();
        JsonProjection.WriteProperties(writer, document.RootElement, select);
        if (withMembers)
        {
            writer.WriteStartArray("members@delta");
            foreach (var member in changedMembers)
            {
                writer.WriteStartObject();
                writer.WriteString("@odata.type", (member.Utf8 is { } utf8 ? TenantCollection.ODataTypeOf(utf8) : member.DeletedODataType) ?? "#microsoft.graph.user");
                writer.WriteString("id", member.Id);
                if (member.IsDeleted)
                {
                    WriteRemoved(writer);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        return true;
    }

    private static void WriteRemoved(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("@removed");
        writer.WriteString("reason", "deleted");
        writer.WriteEndObject();
    }

    private int PageSize(ApiRequest request)
    {
        const string MaxPageSize = "odata.maxpagesize=";
        var prefer = request.Header("Prefer") ?? string.Empty;
        var at = prefer.IndexOf(MaxPageSize, StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            var digits = new string([.. prefer[(at + MaxPageSize.Length)..].TakeWhile(char.IsDigit)]);
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var preferred) && preferred > 0)
            {
                return Math.Min(preferred, 999);
            }
        }

        return defaultPageSize;
    }

    /// <summary>Delta accepts <c>$filter</c> only on object ids: <c>id eq 'a' or id eq 'b'</c>.</summary>
    private static HashSet<string>? IdFilter(ApiRequest request) =>
        request.Query["filter"] is { } filter
            ? [.. filter.Split(" or ", StringSplitOptions.TrimEntries).Select(c => c.Split(" eq ", StringSplitOptions.TrimEntries)[^1].Trim('\''))]
            : null;

    /// <summary>410 with the resync error; Location restarts the sync with an empty token (peers.md §4.1).</summary>
    private static ApiResponse Gone(ApiRequest request, string collectionPath, DateTimeOffset now) =>
        ErrorBodies.Graph(410, "syncStateNotFound", "The sync state generation is not found. Resync is required.", request, now)
            .WithHeader("Location", $"{request.BaseUrl}{collectionPath}/delta?$deltatoken=");
}
