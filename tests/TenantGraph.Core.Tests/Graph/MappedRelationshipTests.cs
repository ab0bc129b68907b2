using TenantGraph.Core.Tests.Support;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Core.Tests.Graph;

public sealed class MappedRelationshipTests
{
    private static RelationshipMapping Mapping(RelationshipDirection direction, PropertyBag target, params string[][] filterKeys) =>
        new(direction, "a", filterKeys, target);

    [Fact]
    public void Mapped_key_uses_the_target_key_when_the_target_has_one()
    {
        var relationship = Relationship.Mapped(RelationshipClass.Has,
            Mapping(RelationshipDirection.Forward, new PropertyBag { ["_type"] = "b_entity", ["_key"] = "b" }, ["_type", "_key"]));
        Assert.Equal("a|has|b", relationship.Key);
    }

    [Fact]
    public void Mapped_key_without_a_target_key_lists_direction_and_filter_values()
    {
        var relationship = Relationship.Mapped(RelationshipClass.Has, Mapping(RelationshipDirection.Reverse,
            new PropertyBag { ["_type"] = "b_entity", ["something"] = "more", ["whatever"] = "stuff" }, ["something", "whatever"]));
        Assert.Equal("a|has|REVERSE:something=more:whatever=stuff", relationship.Key);
    }

    [Fact]
    public void Mapped_key_without_a_target_key_lists_every_filter_key_set_in_order()
    {
        var relationship = Relationship.Mapped(RelationshipClass.Has, Mapping(RelationshipDirection.Forward,
            new PropertyBag { ["_type"] = "b_entity", ["something"] = "more", ["whatever"] = "stuff", ["n"] = 5 },
            ["something"], ["whatever", "n"]));
        Assert.Equal("a|has|FORWARD:something=more:whatever=stuff:n=5", relationship.Key);
    }

    [Fact]
    public void Mapped_type_is_generated_from_the_mapping_source_pseudo_type() =>
        Assert.Equal("mapping_source_has_b_entity", Relationship.Mapped(RelationshipClass.Has,
            Mapping(RelationshipDirection.Forward, new PropertyBag { ["_type"] = "b_entity", ["_key"] = "b" }, ["_key"])).Type);

    [Fact]
    public void Mapped_key_and_type_given_explicitly_win()
    {
        var relationship = Relationship.Mapped(RelationshipClass.Has,
            Mapping(RelationshipDirection.Forward, new PropertyBag { ["_type"] = "b_entity", ["_key"] = "b" }, ["_key"]),
            type: "a_entity_has_b_entity", key: "explicit-key-1");
        Assert.Equal(("explicit-key-1", "a_entity_has_b_entity"), (relationship.Key, relationship.Type));
    }

    [Fact]
    public void Mapped_relationship_needs_a_target_type() =>
        Assert.Throws<ArgumentException>(() => Relationship.Mapped(RelationshipClass.Has,
            Mapping(RelationshipDirection.Forward, new PropertyBag { ["_key"] = "b" }, ["_key"])));

    [Fact]
    public void Mapped_relationship_has_no_from_or_to_key_and_an_upper_case_display_name()
    {
        var relationship = Relationship.Mapped(RelationshipClass.Protects,
            Mapping(RelationshipDirection.Forward, new PropertyBag { ["_type"] = "b_entity", ["_key"] = "b" }, ["_key"]));
        Assert.Equal((true, null, null, "PROTECTS"),
            (relationship.IsMapped, relationship.FromKey, relationship.ToKey, relationship.Properties["displayName"]));
    }

    [Fact]
    public void Arrays_are_dropped_from_mapped_relationship_properties()
    {
        var relationship = Relationship.Mapped(RelationshipClass.Allows,
            Mapping(RelationshipDirection.Forward, GlobalEntities.Internet(), ["_key"]),
            properties: new PropertyBag { ["ports"] = new long[] { 22 }, ["protocol"] = "tcp" });
        Assert.Equal(["displayName", "protocol"], relationship.Properties.Select(p => p.Key));
    }

    [Fact]
    public void Mapped_metadata_computes_its_type_from_the_real_source_type() =>
        Assert.Equal("azure_security_group_allows_internet",
            MappedRelationshipMetadata.Create("azure_security_group", RelationshipClass.Allows, "internet", RelationshipDirection.Forward).Type);

    [Fact]
    public void Mapped_metadata_creates_relationships_of_its_type_and_direction()
    {
        var metadata = MappedRelationshipMetadata.Create("azure_security_group", RelationshipClass.Allows, "internet", RelationshipDirection.Reverse);
        var relationship = metadata.Create("nsg-key-0001", GlobalEntities.Internet(), [["_key"]], skipTargetCreation: true);
        Assert.Equal(("nsg-key-0001|allows|global:internet", "azure_security_group_allows_internet"), (relationship.Key, relationship.Type));
        var mapping = Present.Value(relationship.Mapping);
        Assert.Equal((RelationshipDirection.Reverse, "nsg-key-0001", true),
            (mapping.Direction, mapping.SourceEntityKey, mapping.SkipTargetCreation));
    }

    [Fact]
    public void Mapped_metadata_sets_the_target_type_when_the_target_lacks_one()
    {
        var metadata = MappedRelationshipMetadata.Create("azure_user", RelationshipClass.Is, "employee", RelationshipDirection.Forward);
        var relationship = metadata.Create("user-key-001", new PropertyBag { ["email"] = "ada@example.com" }, [["_type", "email"]]);
        Assert.Equal("employee", Present.Value(relationship.Mapping).TargetEntity["_type"]);
        Assert.Equal("user-key-001|is|FORWARD:_type=employee:email=ada@example.com", relationship.Key);
    }
}
