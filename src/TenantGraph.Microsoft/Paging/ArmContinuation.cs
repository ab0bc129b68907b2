using System.Text.Json;

namespace TenantGraph.Microsoft.Paging;

/// <summary>
/// Whether a Resource Manager <c>nextLink</c> continues anything. Event Grid ends its lists with a nextLink whose
/// skiptoken decodes to <c>[{"token":null,"range":{…}}]</c>; following it returns the same link again, so the
/// reference stops on a decoded <c>"token":null</c> (azure-spec §4.3, "Paging … Quirks").
/// We apply the rule to every provider: a nextLink whose token parameter is empty, <c>null</c>, or JSON holding
/// only null tokens carries no continuation and ends the listing.
/// </summary>
internal static class ArmContinuation
{
    public static bool Continues(string nextLink)
    {
        var question = nextLink.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return true; // a provider that pages by path continues by the link itself
        }

        var tokens = new List<string>();
        foreach (var pair in nextLink[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            if (key.Contains("token", StringComparison.OrdinalIgnoreCase))
            {
                tokens.Add(equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]));
            }
        }

        // No token parameter at all: the provider continues by some other parameter ($skip, a marker), so follow it.
        return tokens.Count == 0 || tokens.Exists(HoldsToken);
    }

    private static bool HoldsToken(string value)
    {
        var text = value.Trim();
        if (text.Length == 0 || text.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (text[0] is not ('{' or '['))
        {
            return true; // an opaque token
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var (nullTokens, realTokens) = CountTokens(document.RootElement);
            return realTokens > 0 || nullTokens == 0;
        }
        catch (JsonException)
        {
            return true;
        }
    }

    private static (int Null, int Real) CountTokens(JsonElement element)
    {
        var (nulls, reals) = (0, 0);
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                var (n, r) = CountTokens(item);
                (nulls, reals) = (nulls + n, reals + r);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals("token"))
                {
                    var empty = property.Value.ValueKind == JsonValueKind.Null
                        || (property.Value.ValueKind == JsonValueKind.String && string.IsNullOrEmpty(property.Value.GetString()));
                    (nulls, reals) = empty ? (nulls + 1, reals) : (nulls, reals + 1);
                }
            }
        }

        return (nulls, reals);
    }

    /// <summary>Unescapes until stable (at most twice): some providers escape the token inside an escaped link.</summary>
    private static string Decode(string text)
    {
        var decoded = Uri.UnescapeDataString(text.Replace('+', ' '));
        return decoded.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(decoded) : decoded;
    }
}
