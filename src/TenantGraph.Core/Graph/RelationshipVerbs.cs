namespace TenantGraph.Core.Graph;

/// <summary>Spelling of relationship verbs and the SDK's relationship <c>_type</c> rule (sdk-spec §1.9).</summary>
public static class RelationshipVerbs
{
    private static readonly Dictionary<string, RelationshipClass> ByName =
        Enum.GetValues<RelationshipClass>().ToDictionary(c => c.ToString().ToUpperInvariant(), StringComparer.Ordinal);

    public static string ToVerb(this RelationshipClass relationshipClass) =>
        relationshipClass.ToString().ToUpperInvariant();

    /// <summary>Parses a verb case-insensitively, as the SDK upper-cases before checking membership.</summary>
    public static RelationshipClass Parse(string verb) =>
        ByName.TryGetValue(verb.ToUpperInvariant(), out var value)
            ? value
            : throw new ArgumentException($"'{verb}' is not a relationship class of the data model.", nameof(verb));

    /// <summary>
    /// <c>generateRelationshipType</c>: the to-type loses the longest run of leading parts it shares with the
    /// from-type, but always keeps its last part. Quirk kept on purpose: a one-part to-type equal to the first
    /// from-part leaves a trailing underscore (<c>user</c>, <c>user</c> → <c>user_has_</c>).
    /// </summary>
    public static string GenerateRelationshipType(RelationshipClass relationshipClass, string fromType, string toType)
    {
        ArgumentException.ThrowIfNullOrEmpty(fromType);
        ArgumentException.ThrowIfNullOrEmpty(toType);
        var from = fromType.Split('_');
        var to = toType.Split('_');
        var i = 0;
        // The upstream do/while compares index 0 before checking the bound; a one-part to-type therefore
        // still "shares" its only part and is emptied, which is where the trailing underscore comes from.
        do
        {
            if (i >= from.Length || to[i] != from[i])
            {
                break;
            }

            i++;
        }
        while (i < to.Length - 1);

        return $"{fromType}_{relationshipClass.ToString().ToLowerInvariant()}_{string.Join('_', to.Skip(i))}";
    }
}
