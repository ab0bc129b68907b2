namespace TenantGraph.Emulator.Authorization;

/// <summary>
/// A path pattern (segments; <c>*</c> is one segment, a trailing <c>**</c> any rest) and the application
/// permissions any one of which grants it.
/// </summary>
internal sealed record PermissionRule(string Pattern, IReadOnlyList<string> AnyOf)
{
    private readonly string[] _segments = Pattern.Split('/');

    public bool Matches(ReadOnlySpan<string> path)
    {
        for (var i = 0; i < _segments.Length; i++)
        {
            if (_segments[i] == "**")
            {
                return true;
            }

            if (i >= path.Length || (_segments[i] != "*" && !_segments[i].Equals(path[i], StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return path.Length == _segments.Length;
    }
}
