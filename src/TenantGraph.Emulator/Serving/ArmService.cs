using System.Globalization;
using System.Text.Json;
using TenantGraph.Emulator.Data;

namespace TenantGraph.Emulator.Serving;

/// <summary>
/// Azure Resource Manager reads. Lists come from their collection file; a resource-group list falls back to
/// the subscription list filtered by id; a resource is found in its list by id (ARM ids are the path);
/// child lists such as subnets and security rules come from the parent's <c>properties</c>.
/// </summary>
internal sealed class ArmService(TenantData data, PageTokens pageTokens, int pageSize, IReadOnlyList<string> nullContinuationProviders)
{
    public ApiResponse Get(ApiRequest request)
    {
        if (string.IsNullOrEmpty(request.Query["api-version"]))
        {
            return ErrorBodies.Arm(400, "MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests.");
        }

        var armPath = request.Path["arm/".Length..];
        lock (data.Gate)
        {
            if (ListItems(armPath) is { } items)
            {
                return List(request, items);
            }

            if (FindResource(armPath) is { } resource)
            {
                return new ApiResponse(200, resource);
            }
        }

        return NotFound(armPath.Split('/'));
    }

    /// <summary>Caller holds the lock.</summary>
    private IReadOnlyList<StoredObject>? ListItems(string armPath)
    {
        if (data.FindCollection("arm/" + armPath) is { } collection)
        {
            return collection.Items;
        }

        var segments = armPath.Split('/');
        if (segments.Length == 7 && segments[2].Equals("resourceGroups", StringComparison.OrdinalIgnoreCase) && segments[4].Equals("providers", StringComparison.OrdinalIgnoreCase)
            && data.FindCollection($"arm/subscriptions/{segments[1]}/providers/{segments[5]}/{segments[6]}") is { } subscriptionList)
        {
            var prefix = $"/subscriptions/{segments[1]}/resourceGroups/{segments[3]}/";
            return [.. subscriptionList.Items.Where(i => !i.IsDeleted && i.Id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))];
        }

        if (segments.Length > 2 && FindResource(string.Join('/', segments[..^1])) is { } parent)
        {
            using var document = JsonDocument.Parse(parent);
            if (document.RootElement.TryGetProperty("properties", out var properties)
                && properties.ValueKind == JsonValueKind.Object
                && properties.TryGetProperty(segments[^1], out var children)
                && children.ValueKind == JsonValueKind.Array)
            {
                return [.. children.EnumerateArray().Select((c, i) =>
                {
                    var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(c).ToArray();
                    return new StoredObject(TenantCollection.IdOf(raw, i), 0, raw);
                })];
            }
        }

        return null;
    }

    /// <summary>Caller holds the lock.</summary>
    private byte[]? FindResource(string armPath)
    {
        var id = "/" + armPath;
        var segments = armPath.Split('/');
        if (segments.Length < 2)
        {
            return null;
        }

        if (ListItems(string.Join('/', segments[..^1])) is { } siblings)
        {
            return siblings.FirstOrDefault(s => !s.IsDeleted && s.Id.Equals(id, StringComparison.OrdinalIgnoreCase))?.Utf8;
        }

        return null;
    }

    private ApiResponse List(ApiRequest request, IReadOnlyList<StoredObject> items)
    {
        var endsWithNullContinuation = nullContinuationProviders.Any(p =>
            request.Path.Contains($"/providers/{p}/", StringComparison.OrdinalIgnoreCase));
        long start = 0;
        if (endsWithNullContinuation && request.Query["skiptoken"] == NullContinuation)
        {
            // What Event Grid does with its own final link: nothing more, and the same link again.
            return new ApiResponse(200, ErrorBodies.Write(writer =>
            {
                writer.WriteStartArray("value");
                writer.WriteEndArray();
                writer.WriteString("nextLink", NullContinuationLink(request));
            }));
        }

        if (request.Query["skiptoken"] is { } skipToken)
        {
            if (pageTokens.Read(skipToken, PageTokens.Page, out var token) != PageTokenStatus.Valid)
            {
                return ErrorBodies.Arm(400, "InvalidSkipToken", "The provided skip token is invalid or has expired.");
            }

            start = token!.Position; // Valid always carries a token
        }

        var size = pageSize;
        if (request.Query["top"] is { } top && int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var requested) && requested > 0)
        {
            size = Math.Min(requested, pageSize);
        }

        ODataFilter? filter = null;
        if (request.Query["filter"] is { } filterText)
        {
            try
            {
                filter = ODataFilter.Parse(filterText);
            }
            catch (FormatException ex)
            {
                return ErrorBodies.Arm(400, "InvalidFilterInQueryString", $"Invalid $filter '{filterText}': {ex.Message}");
            }
        }

        var (page, next) = CollectionPager.FromPosition(items, start, size, filter);
        var body = ErrorBodies.Write(writer =>
        {
            writer.WriteStartArray("value");
            foreach (var item in page)
            {
                writer.WriteRawValue(item, skipInputValidation: true);
            }

            writer.WriteEndArray();
            if (next is { } position)
            {
                writer.WriteString("nextLink",
                    $"{request.BaseUrl}{request.Path}?{request.Query.Without("skiptoken")}&$skiptoken={pageTokens.Issue(PageTokens.Page, position)}");
            }
            else if (endsWithNullContinuation)
            {
                writer.WriteString("nextLink", NullContinuationLink(request));
            }
        });
        return new ApiResponse(200, body);
    }

    /// <summary>The shape of the skiptoken Event Grid puts in its last nextLink (azure spec §4.3).</summary>
    private const string NullContinuation = "[{\"token\":null,\"range\":{\"min\":\"\",\"max\":\"FF\"}}]";

    private static string NullContinuationLink(ApiRequest request) =>
        $"{request.BaseUrl}{request.Path}?{request.Query.Without("skiptoken")}&$skiptoken={Uri.EscapeDataString(NullContinuation)}";

    private static ApiResponse NotFound(string[] segments)
    {
        if (segments.Length == 2 && segments[0].Equals("subscriptions", StringComparison.OrdinalIgnoreCase))
        {
            return Guid.TryParse(segments[1], out _)
                ? ErrorBodies.Arm(404, "SubscriptionNotFound", $"The subscription '{segments[1]}' could not be found.")
                : ErrorBodies.Arm(400, "InvalidSubscriptionId", $"The provided subscription identifier '{segments[1]}' is malformed or invalid.");
        }

        if (segments.Length == 4 && segments[2].Equals("resourceGroups", StringComparison.OrdinalIgnoreCase))
        {
            return ErrorBodies.Arm(404, "ResourceGroupNotFound", $"Resource group '{segments[3]}' could not be found.");
        }

        var providers = Array.FindLastIndex(segments, s => s.Equals("providers", StringComparison.OrdinalIgnoreCase));
        if (providers > 0 && segments.Length > providers + 3 && providers >= 4)
        {
            var type = string.Join('/', segments[(providers + 1)..]);
            return ErrorBodies.Arm(404, "ResourceNotFound",
                $"The Resource '{type}' under resource group '{segments[3]}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix");
        }

        return ErrorBodies.ArmUnknownResourceType(segments[^1]);
    }
}
