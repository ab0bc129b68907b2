namespace TenantGraph.Core.Steps;

/// <summary>How <c>document</c> lays out an integration's relationships.</summary>
public enum RelationshipTableLayout
{
    /// <summary>
    /// A Relationships table and a Mapped Relationships table, each row a distinct class, type, source and target
    /// (and direction for mapped ones).
    /// </summary>
    Separate,

    /// <summary>
    /// One table "created/mapped" holding direct and mapped relationships alike, one row per relationship
    /// <c>_type</c> (the first declared, in step order, names it), as the SDK release that wrote the Azure seed did.
    /// Edges that share a <c>_type</c> with another shape, such as every security-rule edge
    /// (<c>azure_security_group_rule</c>), are listed by that first row.
    /// </summary>
    CombinedByType,
}
