using TenantGraph.Core.Documentation;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Core.Steps;

namespace TenantGraph.Core.Tests.Documentation;

public sealed class DataModelDocumentTests
{
    private static readonly EntityMetadata Account = new("Account", "azure_account", ["Account"]);
    private static readonly EntityMetadata User = new("Azure User", "azure_user", ["User"]);
    private static readonly EntityMetadata DeviceOwner = new("Device Owner", "azure_user", ["User"]);
    private static readonly EntityMetadata Device = new("Device", "azure_device", ["Device", "Host"]);
    private static readonly EntityMetadata Subscription = new("[RM] Subscription", "azure_subscription", ["Subscription"]);
    private static readonly EntityMetadata GroupZ = new("Azure Group", "azure_group_z", ["Group"]);
    private static readonly EntityMetadata GroupA = new("Azure Group", "azure_group_a", ["Group"]);

    private static StepDefinition Step(string id, string[] dependsOn, EntityMetadata[] entities, RelationshipMetadata[] relationships,
        MappedRelationshipMetadata[]? mapped = null) =>
        new(id, id, entities, relationships, dependsOn, (_, _) => Task.CompletedTask, MappedRelationships: mapped);

    /// <summary>
    /// Declared out of topological order, so the duplicate <c>azure_user</c> of fetch-devices (declared first, run
    /// after fetch-users) must lose; two entities share a resource name and must keep their step order.
    /// </summary>
    private static IntegrationDefinition Sample() => new("sample",
    [
        Step("fetch-devices", ["fetch-users"], [Device, DeviceOwner, Subscription],
            [
                RelationshipMetadata.Direct(User, RelationshipClass.Uses, Device),
                RelationshipMetadata.Direct(User, RelationshipClass.Owns, Device),
                RelationshipMetadata.Direct(Account, RelationshipClass.Has, Device),
                RelationshipMetadata.Direct(Account, RelationshipClass.Has, User),
            ],
            [
                MappedRelationshipMetadata.Create("azure_user", RelationshipClass.Is, "employee", RelationshipDirection.Reverse),
                MappedRelationshipMetadata.Create("azure_device", RelationshipClass.Allows, "internet", RelationshipDirection.Forward),
            ]),
        Step("fetch-users", ["fetch-account"], [User], [RelationshipMetadata.Direct(Account, RelationshipClass.Has, User)],
            [
                MappedRelationshipMetadata.Create("azure_user", RelationshipClass.Is, "employee", RelationshipDirection.Reverse),
                MappedRelationshipMetadata.Create("azure_user", RelationshipClass.Is, "employee", RelationshipDirection.Forward),
            ]),
        Step("fetch-account", [], [Account], []),
        Step("fetch-groups", [], [GroupZ, GroupA], [RelationshipMetadata.Direct(GroupA, RelationshipClass.Has, User)]),
    ]);

    [Fact]
    public void Sample_integration_documents_byte_for_byte_as_expected()
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documentation", "expected-sample.md"));
        Assert.Equal(expected, DataModelDocument.Generate(Sample()));
    }

    [Fact]
    public void The_first_step_in_topological_order_names_a_duplicated_entity_type()
    {
        var document = DataModelDocument.Generate(Sample()) ?? string.Empty;
        Assert.DoesNotContain("Device Owner", document, StringComparison.Ordinal);
    }

    [Fact]
    public void No_entities_and_no_relationships_give_no_document() =>
        Assert.Null(DataModelDocument.Generate(new IntegrationDefinition("empty", [Step("a", [], [], [])])));

    [Fact]
    public void Only_mapped_relationships_give_no_document() =>
        Assert.Null(DataModelDocument.Generate(new IntegrationDefinition("mapped-only", [Step("a", [], [], [],
            [MappedRelationshipMetadata.Create("azure_user", RelationshipClass.Is, "employee", RelationshipDirection.Forward)])])));

    [Fact]
    public void Sections_without_rows_are_left_out()
    {
        var document = DataModelDocument.Generate(new IntegrationDefinition("entities-only", [Step("a", [], [Account], [])])) ?? string.Empty;
        Assert.Contains("## Data Model\n\n### Entities\n\nThe following entities are created:\n\n| Resources |", document, StringComparison.Ordinal);
        Assert.DoesNotContain("### Relationships", document, StringComparison.Ordinal);
        Assert.Contains("| `Account`       |\n\n<!--", document, StringComparison.Ordinal);
    }

    /// <summary>
    /// The older SDK layout: one "created/mapped" table with mapped rows beside direct ones (no italics, no
    /// direction), one row per <c>_type</c> — the first declared in step order — sorted by <c>_type</c>.
    /// </summary>
    [Fact]
    public void Combined_layout_lists_one_row_per_relationship_type_with_mapped_ones_inline()
    {
        var rule = "azure_security_group_rule";
        var integration = new IntegrationDefinition("combined",
        [
            Step("fetch-account", [], [Account, User],
                [RelationshipMetadata.Direct(Account, RelationshipClass.Has, User), RelationshipMetadata.Direct(User, RelationshipClass.Allows, Account, rule)],
                [
                    MappedRelationshipMetadata.Create("azure_user", RelationshipClass.Denies, "internet", RelationshipDirection.Forward, rule),
                    MappedRelationshipMetadata.Create("azure_user", RelationshipClass.Is, "employee", RelationshipDirection.Reverse),
                ]),
        ])
        { DocumentLayout = RelationshipTableLayout.CombinedByType };

        var document = DataModelDocument.Generate(integration) ?? string.Empty;

        Assert.Contains("""
            The following relationships are created/mapped:

            | Source Entity `_type` | Relationship `_class` | Target Entity `_type` |
            | --------------------- | --------------------- | --------------------- |
            | `azure_account`       | **HAS**               | `azure_user`          |
            | `azure_user`          | **ALLOWS**            | `azure_account`       |
            | `azure_user`          | **IS**                | `employee`            |
            """.ReplaceLineEndings("\n"), document, StringComparison.Ordinal);
        Assert.DoesNotContain("Mapped Relationships", document, StringComparison.Ordinal);
        Assert.Contains("sdk/blob/master/docs", document, StringComparison.Ordinal);
    }
}
