namespace TenantGraph.Core.Graph;

/// <summary>Spelling of relationship verbs and the SDK's relationship <c>_type</c> rule (sdk-spec §1.9).</summary>
public static class RelationshipVerbs
{
    // Spelled once per verb: every relationship of a run needs its verb in keys, types and output.
    private static readonly string[] Upper = Enum.GetValues<RelationshipClass>().Select(c => c.ToString().ToUpperInvariant()).ToArray();
    private static readonly string[] Lower = Enum.GetValues<RelationshipClass>().Select(c => c.ToString().ToLowerInvariant()).ToArray();

    private static readonly Dictionary<string, RelationshipClass> ByName =
        Enum.GetValues<RelationshipClass>().ToDictionary(c => Upper[(int)c], StringComparer.Ordinal);

    public static string ToVerb(this RelationshipClass relationshipClass) => Upper[(int)relationshipClass];

    /// <summary>The verb as it appears in keys and <c>_type</c>s (<c>has</c>).</summary>
    public static string ToKeyVerb(this RelationshipClass relationshipClass) => Lower[(int)relationshipClass];

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

        return $"{fromType}_{relationshipClass.ToKeyVerb()}_{string.Join('_', to.Skip(i))}";
    }
}
