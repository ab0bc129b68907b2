using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Core.Tests.Graph;

public sealed class DirectRelationshipTests
{
    private static Relationship Sample(PropertyBag? properties = null) =>
        Relationship.Direct(RelationshipClass.Has, "azure_account", "account-key-1", "azure_user", "user-key-1", properties: properties);

    [Fact]
    public void Direct_key_joins_from_key_lower_case_verb_and_to_key() =>
        Assert.Equal("account-key-1|has|user-key-1", Sample().Key);

    [Fact]
    public void Direct_class_is_the_upper_case_verb()
    {
        var relationship = Sample();
        Assert.Equal(RelationshipClass.Has, relationship.Class);
        Assert.Equal("HAS", relationship.Class.ToVerb());
    }

    [Fact]
    public void Direct_display_name_is_the_upper_case_verb() =>
        Assert.Equal("HAS", Sample().Properties["displayName"]);

    [Fact]
    public void Direct_type_follows_the_sdk_rule() =>
        Assert.Equal("azure_account_has_user", Sample().Type);

    [Fact]
    public void Direct_relationship_points_from_and_to_the_given_keys()
    {
        var relationship = Sample();
        Assert.Equal(("account-key-1", "user-key-1"), (relationship.FromKey, relationship.ToKey));
        Assert.False(relationship.IsMapped);
    }

    [Fact]
    public void Explicit_key_and_type_override_the_computed_ones()
    {
        var relationship = Relationship.Direct(RelationshipClass.Has, "azure_account", "account-key-1", "azure_user", "user-key-1",
            type: "azure_account_has_ad_user", key: "custom-key-123");
        Assert.Equal(("custom-key-123", "azure_account_has_ad_user"), (relationship.Key, relationship.Type));
    }

    [Fact]
    public void Arrays_are_dropped_from_relationship_properties()
    {
        var relationship = Sample(new PropertyBag { ["ports"] = new long[] { 22, 443 }, ["names"] = new[] { "a" }, ["port"] = 22 });
        Assert.False(relationship.Properties.Contains("ports"));
        Assert.False(relationship.Properties.Contains("names"));
        Assert.Equal(22L, relationship.Properties["port"]);
    }

    [Fact]
    public void Relationship_properties_follow_the_display_name_in_their_order()
    {
        var relationship = Sample(new PropertyBag { ["b"] = "1", ["a"] = true, ["c"] = 1.5, ["d"] = null });
        Assert.Equal(["displayName", "b", "a", "c", "d"], relationship.Properties.Select(p => p.Key));
    }

    [Fact]
    public void Relationship_metadata_computes_its_type_from_source_verb_and_target()
    {
        var metadata = RelationshipMetadata.Direct(
            new EntityMetadata("[RM] Security Group", "azure_security_group", ["Firewall"]), RelationshipClass.Protects,
            new EntityMetadata("[RM] Network Interface", "azure_nic", ["NetworkInterface"]));
        Assert.Equal("azure_security_group_protects_nic", metadata.Type);
    }

    [Fact]
    public void Relationship_metadata_keeps_a_type_fixed_by_hand() =>
        Assert.Equal("azure_vm_uses_managed_disk",
            RelationshipMetadata.Direct("azure_vm", RelationshipClass.Uses, "azure_managed_disk", "azure_vm_uses_managed_disk").Type);

    [Fact]
    public void Relationship_metadata_creates_relationships_of_its_type()
    {
        var metadata = RelationshipMetadata.Direct("azure_vm", RelationshipClass.Uses, "azure_managed_disk", "azure_vm_uses_managed_disk");
        var relationship = metadata.Create("vm-key-0001", "disk-key-001");
        Assert.Equal(("vm-key-0001|uses|disk-key-001", "azure_vm_uses_managed_disk", RelationshipClass.Uses),
            (relationship.Key, relationship.Type, relationship.Class));
    }
}
