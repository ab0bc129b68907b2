using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Core.Steps;

namespace TenantGraph.Core.Documentation;

/// <summary>
/// The Data Model section of an integration, from step metadata alone, exactly as the SDK's
/// <c>j1-integration document</c> writes it (sdk-spec §3.3): types de-duplicated in topological step order,
/// stable ordinal sorts, markdown-table formatting, and the generated block with its markers. Relationships are
/// sorted by their <c>_type</c>, as the SDK version that wrote the seeds' tables did (the current SDK sorts by
/// source, target and class, which reorders the seeds' rows). An integration chooses its relationship table layout
/// (<see cref="RelationshipTableLayout"/>) to match the SDK release that wrote its seed.
/// </summary>
public static class DataModelDocument
{
    public const string StartMarker = "<!-- {J1_DOCUMENTATION_MARKER_START} -->";
    public const string EndMarker = "<!-- {J1_DOCUMENTATION_MARKER_END} -->";

    /// <summary>The generated block, or null when the integration declares no entities and no relationships.</summary>
    public static string? Generate(IntegrationDefinition integration)
    {
        var order = new DependencyGraph(integration.Steps).Order;
        var entities = order.SelectMany(s => s.Entities).DistinctBy(e => e.Type, StringComparer.Ordinal)
            .OrderBy(e => e.ResourceName, StringComparer.Ordinal).ToArray();
        var (relationships, mapped) = integration.DocumentLayout == RelationshipTableLayout.CombinedByType
            ? (CombinedByType(order), Array.Empty<MappedRelationshipMetadata>())
            : (SeparateRelationships(order), SeparateMapped(order));
        if (entities.Length == 0 && relationships.Length == 0)
        {
            return null;
        }

        return $"""
            {StartMarker}
            <!--
            ********************************************************************************
            NOTE: ALL OF THE FOLLOWING DOCUMENTATION IS GENERATED USING THE
            "j1-integration document" COMMAND. DO NOT EDIT BY HAND! PLEASE SEE THE DEVELOPER
            DOCUMENTATION FOR USAGE INFORMATION:

            https://github.com/JupiterOne/sdk/blob/{Branch(integration)}/docs/integrations/development.md
            ********************************************************************************
            -->

            ## Data Model{Section("Entities", "entities are created", EntityTable(entities))}{Section("Relationships", RelationshipsSentence(integration), RelationshipTable(relationships))}{Section("Mapped Relationships", "mapped relationships are created", MappedTable(mapped))}

            <!--
            ********************************************************************************
            END OF GENERATED DOCUMENTATION AFTER BELOW MARKER
            ********************************************************************************
            -->
            {EndMarker}
            """.ReplaceLineEndings("\n");
    }

    private static (string SourceType, RelationshipClass Class, string TargetType, string Type)[] SeparateRelationships(IReadOnlyList<StepDefinition> order) =>
        order.SelectMany(s => s.Relationships).Select(r => (r.SourceType, r.Class, r.TargetType, r.Type))
            .DistinctBy(r => $"{r.Class.ToVerb()}:{r.Type}:{r.SourceType}:{r.TargetType}", StringComparer.Ordinal)
            .OrderBy(r => r.Type, StringComparer.Ordinal).ToArray();

    private static MappedRelationshipMetadata[] SeparateMapped(IReadOnlyList<StepDefinition> order) =>
        order.SelectMany(s => s.MappedRelationships)
            .DistinctBy(r => $"{r.Class.ToVerb()}:{r.Type}:{r.SourceType}:{r.TargetType}:{r.Direction.ToWire()}", StringComparer.Ordinal)
            .OrderBy(r => r.Type, StringComparer.Ordinal).ToArray();

    /// <summary>Each step's direct relationships, then its mapped ones, the first of each <c>_type</c> kept.</summary>
    private static (string SourceType, RelationshipClass Class, string TargetType, string Type)[] CombinedByType(IReadOnlyList<StepDefinition> order) =>
        order.SelectMany(s => s.Relationships.Select(r => (r.SourceType, r.Class, r.TargetType, r.Type))
                .Concat(s.MappedRelationships.Select(r => (r.SourceType, r.Class, r.TargetType, r.Type))))
            .DistinctBy(r => r.Type, StringComparer.Ordinal)
            .OrderBy(r => r.Type, StringComparer.Ordinal).ToArray();

    private static string Section(string title, string sentence, string? table) =>
        table is null ? string.Empty : $"\n\n### {title}\n\nThe following {sentence}:\n\n{table}";

    /// <summary>The SDK's default branch when it wrote the layout's documents.</summary>
    private static string Branch(IntegrationDefinition integration) =>
        integration.DocumentLayout == RelationshipTableLayout.CombinedByType ? "master" : "main";

    private static string RelationshipsSentence(IntegrationDefinition integration) =>
        integration.DocumentLayout == RelationshipTableLayout.CombinedByType ? "relationships are created/mapped" : "relationships are created";

    private static string? EntityTable(IReadOnlyList<EntityMetadata> entities) => entities.Count == 0 ? null : MarkdownTable.Format(
        ["Resources", "Entity `_type`", "Entity `_class`"],
        entities.Select(e => (IReadOnlyList<string>)[e.ResourceName, $"`{e.Type}`", string.Join(", ", e.Classes.Select(c => $"`{c}`"))]).ToArray());

    private static string? RelationshipTable(IReadOnlyList<(string SourceType, RelationshipClass Class, string TargetType, string Type)> relationships) => relationships.Count == 0 ? null : MarkdownTable.Format(
        ["Source Entity `_type`", "Relationship `_class`", "Target Entity `_type`"],
        relationships.Select(r => (IReadOnlyList<string>)[$"`{r.SourceType}`", $"**{r.Class.ToVerb()}**", $"`{r.TargetType}`"]).ToArray());

    private static string? MappedTable(IReadOnlyList<MappedRelationshipMetadata> mapped) => mapped.Count == 0 ? null : MarkdownTable.Format(
        ["Source Entity `_type`", "Relationship `_class`", "Target Entity `_type`", "Direction"],
        mapped.Select(r => (IReadOnlyList<string>)[$"`{r.SourceType}`", $"**{r.Class.ToVerb()}**", $"`*{r.TargetType}*`", r.Direction.ToWire()]).ToArray());
}
