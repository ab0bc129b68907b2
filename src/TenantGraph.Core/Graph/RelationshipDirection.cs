namespace TenantGraph.Core.Graph;

public enum RelationshipDirection
{
    Forward,
    Reverse,
}

public static class RelationshipDirectionText
{
    public static string ToWire(this RelationshipDirection direction) =>
        direction == RelationshipDirection.Forward ? "FORWARD" : "REVERSE";

    public static RelationshipDirection Parse(string text) => text switch
    {
        "FORWARD" => RelationshipDirection.Forward,
        "REVERSE" => RelationshipDirection.Reverse,
        _ => throw new ArgumentException($"'{text}' is not a relationship direction (FORWARD or REVERSE).", nameof(text)),
    };
}
