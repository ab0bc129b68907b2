using TenantGraph.Core.Graph;

namespace TenantGraph.Core.Tests.Graph;

public sealed class RelationshipTypeTests
{
    [Theory]
    [InlineData("a_entity", "b_entity", "a_entity_has_b_entity")]
    [InlineData("aws_instance", "aws_instance", "aws_instance_has_instance")]
    [InlineData("aws_vpc", "aws_lambda_function", "aws_vpc_has_lambda_function")]
    [InlineData("azure_sql_server", "azure_sql_database", "azure_sql_server_has_database")]
    [InlineData("employee", "user_endpoint", "employee_has_user_endpoint")]
    public void Relationship_type_strips_the_shared_leading_parts_of_the_target(string from, string to, string expected) =>
        Assert.Equal(expected, RelationshipVerbs.GenerateRelationshipType(RelationshipClass.Has, from, to));

    [Fact]
    public void Relationship_type_keeps_the_last_part_of_a_target_that_equals_the_source() =>
        Assert.Equal("azure_user_has_user", RelationshipVerbs.GenerateRelationshipType(RelationshipClass.Has, "azure_user", "azure_user"));

    [Fact]
    public void Relationship_type_of_a_one_part_target_equal_to_the_first_source_part_ends_in_an_underscore() =>
        Assert.Equal("user_has_", RelationshipVerbs.GenerateRelationshipType(RelationshipClass.Has, "user", "user"));

    [Fact]
    public void Relationship_type_keeps_the_last_part_of_a_one_part_target() =>
        Assert.Equal("azure_vm_uses_vm", RelationshipVerbs.GenerateRelationshipType(RelationshipClass.Uses, "azure_vm", "vm"));

    [Fact]
    public void Relationship_type_spells_the_verb_in_lower_case() =>
        Assert.Equal("azure_nsg_protects_nic", RelationshipVerbs.GenerateRelationshipType(RelationshipClass.Protects, "azure_nsg", "azure_nic"));

    [Fact]
    public void Relationship_type_keeps_a_target_longer_than_the_source_after_the_shared_parts() =>
        Assert.Equal("azure_has_user_group", RelationshipVerbs.GenerateRelationshipType(RelationshipClass.Has, "azure", "azure_user_group"));

    [Theory]
    [InlineData("", "b_entity")]
    [InlineData("a_entity", "")]
    public void Relationship_type_needs_both_types(string from, string to) =>
        Assert.ThrowsAny<ArgumentException>(() => RelationshipVerbs.GenerateRelationshipType(RelationshipClass.Has, from, to));

    [Theory]
    [InlineData("HAS", RelationshipClass.Has)]
    [InlineData("has", RelationshipClass.Has)]
    [InlineData("Protects", RelationshipClass.Protects)]
    [InlineData("sHaReD", RelationshipClass.Shared)]
    public void Verbs_parse_case_insensitively(string verb, RelationshipClass expected) =>
        Assert.Equal(expected, RelationshipVerbs.Parse(verb));

    [Fact]
    public void An_unknown_verb_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => RelationshipVerbs.Parse("LIKES"));
        Assert.Contains("LIKES", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_verb_of_the_data_model_is_known()
    {
        string[] verbs =
        [
            "ALLOWS", "APPROVED", "ASSIGNED", "CONNECTS", "CONTAINS", "COMPLETED", "CREATED", "DEFINES", "DENIES", "DEPLOYED",
            "ENFORCES", "EVALUATES", "EXPLOITS", "EXTENDS", "GENERATED", "HAS", "HOSTS", "IDENTIFIED", "IMPLEMENTS", "INSTALLED",
            "IS", "KNOWS", "LIMITS", "LINKS", "LOGS", "MANAGES", "MITIGATES", "MONITORS", "NOTIFIES", "OPENED", "OVERRIDES",
            "OWNS", "PERFORMED", "PROTECTS", "PROVIDES", "PUBLISHED", "PUBLISHES", "REPORTED", "RESTRICTS", "REVIEWED", "RUNS",
            "SCANS", "SENDS", "SHARED", "TRIGGERS", "TRUSTS", "UPDATED", "USES", "VIOLATES",
        ];

        Assert.Equal(verbs.Order(StringComparer.Ordinal), Enum.GetValues<RelationshipClass>().Select(c => c.ToVerb()).Order(StringComparer.Ordinal));
    }
}
