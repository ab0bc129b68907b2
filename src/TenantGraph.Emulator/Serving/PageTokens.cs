using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace TenantGraph.Emulator.Serving;

/// <summary>
/// Issues and reads page and delta tokens. A token dies when it outlives its lifetime or when the admin
/// bumps the epoch of its family, which is how tests make Graph's expired-token errors happen.
/// </summary>
internal sealed class PageTokens(TimeProvider time, TimeSpan pageLifetime, TimeSpan deltaLifetime)
{
    public const string Page = "p";
    public const string DeltaPage = "dp";
    public const string Delta = "d";

    private int _pageEpoch;
    private int _deltaEpoch;

    public void ExpirePageTokens() => Interlocked.Increment(ref _pageEpoch);

    public void ExpireDeltaTokens() => Interlocked.Increment(ref _deltaEpoch);

    public string Issue(string kind, long position, long fromVersion = 0, long toVersion = 0)
    {
        var text = string.Join('.', kind, EpochOf(kind), time.GetUtcNow().ToUnixTimeMilliseconds(), position, fromVersion, toVersion);
        return Base64Url.EncodeToString(Encoding.ASCII.GetBytes("TG" + text));
    }

    public PageTokenStatus Read(string text, string kind, out PageToken? token)
    {
        token = null;
        string[] parts;
        try
        {
            var decoded = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text));
            parts = decoded.StartsWith("TG", StringComparison.Ordinal) ? decoded[2..].Split('.') : [];
        }
        catch (FormatException)
        {
            return PageTokenStatus.Invalid;
        }

        if (parts.Length != 6 || parts[0] != kind
            || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var epoch)
            || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var issued)
            || !long.TryParse(parts[3], CultureInfo.InvariantCulture, out var position)
            || !long.TryParse(parts[4], CultureInfo.InvariantCulture, out var from)
            || !long.TryParse(parts[5], CultureInfo.InvariantCulture, out var to))
        {
            return PageTokenStatus.Invalid;
        }

        token = new PageToken(kind, epoch, issued, position, from, to);
        var lifetime = kind == Delta ? deltaLifetime : pageLifetime;
        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(issued);
        return epoch != EpochOf(kind) || age > lifetime ? PageTokenStatus.Expired : PageTokenStatus.Valid;
    }

    private int EpochOf(string kind) => kind == Delta ? Volatile.Read(ref _deltaEpoch) : Volatile.Read(ref _pageEpoch);
}
