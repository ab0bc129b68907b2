using TenantGraph.Core.Graph;
using TenantGraph.Core.JobStates;
using TenantGraph.Core.Steps;
using TenantGraph.Core.Tests.Support;

namespace TenantGraph.Core.Tests.JobStates;

public sealed class JobStateTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private StepJobState NewStep(out JobState state, string stepId = "fetch-things", bool caseInsensitive = false)
    {
        state = new JobState(_directory.Path, caseInsensitive);
        return new StepJobState(state, stepId);
    }

    private static Relationship Edge(string from, string to) =>
        Relationship.Direct(RelationshipClass.Has, "test_account", from, "test_group", to);

    [Fact]
    public void An_added_entity_is_found_by_its_key()
    {
        var step = NewStep(out _);
        step.AddEntity(TestEntities.Account("account-0001"));
        var found = Present.Value(step.FindEntity("account-0001"));
        Assert.Equal(("account-0001", "test_account", "Microsoft"), (found.Key, found.Type, found.Properties["vendor"]));
    }

    [Fact]
    public void An_unknown_key_is_not_found()
    {
        var step = NewStep(out _);
        step.AddEntity(TestEntities.Group("group-00001"));
        Assert.Null(step.FindEntity("group-00002"));
    }

    [Fact]
    public void An_empty_key_is_not_found() =>
        Assert.Null(NewStep(out _).FindEntity(string.Empty));

    [Fact]
    public void Finding_a_relationship_key_gives_null()
    {
        var step = NewStep(out _);
        var edge = Edge("account-0001", "group-00001");
        step.AddRelationship(edge);
        Assert.Null(step.FindEntity(edge.Key));
    }

    [Fact]
    public void Has_key_is_true_for_relationships_too()
    {
        var step = NewStep(out _);
        var edge = Edge("account-0001", "group-00001");
        step.AddRelationship(edge);
        Assert.True(step.HasKey(edge.Key));
    }

    [Fact]
    public void An_entity_added_by_one_step_is_found_by_another()
    {
        var first = NewStep(out var state);
        first.AddEntity(TestEntities.Group("group-00001"));
        Present.Value(new StepJobState(state, "other-step").FindEntity("group-00001"));
    }

    [Fact]
    public void Iterating_a_type_returns_the_objects_of_files_still_being_filled()
    {
        var step = NewStep(out _);
        step.AddEntity(TestEntities.Group("group-00001"));
        step.AddEntity(TestEntities.Account("account-0001"));
        step.AddEntity(TestEntities.Group("group-00002"));
        Assert.Equal(["group-00001", "group-00002"], step.IterateEntities("test_group").Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Iterating_a_type_returns_exactly_what_was_added_across_several_files()
    {
        var step = NewStep(out _);
        var expected = Enumerable.Range(0, 1234).Select(i => $"group-{i:D6}").ToArray();
        foreach (var key in expected)
        {
            step.AddEntity(TestEntities.Group(key));
            if (key.EndsWith('7'))
            {
                step.AddEntity(TestEntities.Account("account-" + key));
            }
        }

        Assert.Equal(expected, step.IterateEntities("test_group").Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Iterating_relationships_returns_exactly_what_was_added()
    {
        var step = NewStep(out _);
        var edges = Enumerable.Range(0, 700).Select(i => Edge($"account-{i:D4}", "group-00001")).ToArray();
        step.AddRelationships(edges);
        Assert.Equal(edges.Select(e => e.Key).Order(StringComparer.Ordinal),
            step.IterateRelationships("test_account_has_group").Select(r => r.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Iterating_an_unknown_type_returns_nothing() =>
        Assert.Empty(NewStep(out _).IterateEntities("test_nothing"));

    [Fact]
    public void A_second_entity_with_the_same_key_is_refused()
    {
        var step = NewStep(out _);
        step.AddEntity(TestEntities.Group("group-00001"));
        var error = Assert.Throws<DuplicateKeyException>(() => step.AddEntity(TestEntities.Account("group-00001")));
        Assert.Equal("group-00001", error.Key);
        Assert.Contains("_key=group-00001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relationship_with_the_key_of_an_entity_is_refused()
    {
        var step = NewStep(out _);
        step.AddEntity(TestEntities.Group("group-00001"));
        Assert.Throws<DuplicateKeyException>(() => step.AddRelationship(
            Relationship.Direct(RelationshipClass.Has, "test_account", "a", "test_group", "b", key: "group-00001")));
    }

    [Fact]
    public void An_entity_with_the_key_of_a_relationship_is_refused()
    {
        var step = NewStep(out _);
        step.AddRelationship(Edge("account-0001", "group-00001"));
        Assert.Throws<DuplicateKeyException>(() => step.AddEntity(TestEntities.Group("account-0001|has|group-00001")));
    }

    [Fact]
    public void A_duplicate_key_added_by_another_step_is_refused()
    {
        var first = NewStep(out var state);
        first.AddEntity(TestEntities.Group("group-00001"));
        Assert.Throws<DuplicateKeyException>(() => new StepJobState(state, "other-step").AddEntity(TestEntities.Group("group-00001")));
    }

    [Fact]
    public void A_refused_duplicate_is_not_stored()
    {
        var step = NewStep(out _);
        step.AddEntity(TestEntities.Group("group-00001"));
        Assert.Throws<DuplicateKeyException>(() => step.AddEntity(TestEntities.Account("group-00001")));
        Assert.Empty(step.IterateEntities("test_account"));
    }

    [Fact]
    public void Keys_differing_in_case_are_distinct_by_default()
    {
        var step = NewStep(out _);
        step.AddEntity(TestEntities.Group("Group-00001"));
        step.AddEntity(TestEntities.Group("group-00001"));
        Assert.Null(step.FindEntity("GROUP-00001"));
    }

    [Fact]
    public void Case_insensitive_keys_find_an_entity_in_any_case()
    {
        var step = NewStep(out _, caseInsensitive: true);
        step.AddEntity(TestEntities.Group("/Subscriptions/ABC/ResourceGroups/RG"));
        var found = Present.Value(step.FindEntity("/subscriptions/abc/resourcegroups/rg"));
        Assert.Equal("/Subscriptions/ABC/ResourceGroups/RG", found.Key);
    }

    [Fact]
    public void Case_insensitive_keys_refuse_a_duplicate_in_another_case()
    {
        var step = NewStep(out _, caseInsensitive: true);
        step.AddEntity(TestEntities.Group("/Subscriptions/ABC/ResourceGroups/RG"));
        Assert.Throws<DuplicateKeyException>(() => step.AddEntity(TestEntities.Group("/subscriptions/abc/resourceGroups/rg")));
    }

    [Fact]
    public void An_invalid_entity_is_refused_naming_class_and_property()
    {
        var step = NewStep(out _);
        var entity = new Entity("account-0001", "test_account", ["Account"], new PropertyBag { ["name"] = "a", ["displayName"] = "a" });
        var error = Assert.Throws<InvalidEntityException>(() => step.AddEntity(entity));
        Assert.Equal(("Account", "vendor"), (Assert.Single(error.Errors).ClassName, error.Errors[0].Property));
        Assert.Contains("vendor", error.Message, StringComparison.Ordinal);
        Assert.Contains("Account", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_entity_is_not_stored()
    {
        var step = NewStep(out _);
        var entity = new Entity("account-0001", "test_account", ["Account"], new PropertyBag { ["name"] = "a", ["displayName"] = "a" });
        Assert.Throws<InvalidEntityException>(() => step.AddEntity(entity));
        Assert.False(step.HasKey("account-0001"));
    }

    [Fact]
    public void Encountered_types_are_counted_in_first_seen_order()
    {
        var step = NewStep(out _);
        step.AddEntity(TestEntities.Group("group-00001"));
        step.AddEntity(TestEntities.Account("account-0001"));
        step.AddEntity(TestEntities.Group("group-00002"));
        step.AddRelationship(Edge("account-0001", "group-00001"));
        Assert.Equal([new("test_group", 2), new("test_account", 1), new("test_account_has_group", 1)], step.EncounteredTypes);
        Assert.Equal(4, step.ObjectCount);
    }

    [Fact]
    public void Step_data_set_by_one_step_is_read_by_another()
    {
        var first = NewStep(out var state);
        var key = new DataKey<IReadOnlyList<string>>("subscription-ids");
        first.SetData(key, ["sub-1"]);
        Assert.True(new StepJobState(state, "other-step").TryGetData(key, out var value));
        Assert.Equal(["sub-1"], value);
    }

    [Fact]
    public void Missing_step_data_is_reported_missing() =>
        Assert.False(NewStep(out _).TryGetData(new DataKey<string>("nothing"), out _));

    [Fact]
    public void Every_key_is_found_after_the_key_index_has_grown()
    {
        // The index starts with 65,536 slots and grows past 70 % load, so 50,000 keys make it grow once. Each
        // confirmed lookup reads the stored key back from its graph file, which bounds how many keys a fast test checks.
        var state = new JobState(_directory.Path);
        const int count = 50_000;
        for (var i = 0; i < count; i++)
        {
            state.AddEntity("bulk-step", new Entity($"bulk-key-{i:D7}", "test_group", ["Group"], new PropertyBag { ["name"] = "n" }));
        }

        var missing = Enumerable.Range(0, count).Where(i => !state.HasKey($"bulk-key-{i:D7}")).ToArray();
        Assert.Empty(missing);
        Assert.Equal(count, state.Count);
        Assert.DoesNotContain(Enumerable.Range(count, 1000), i => state.HasKey($"bulk-key-{i:D7}"));
        Assert.Equal("bulk-key-0012345", Present.Value(state.FindEntity("bulk-key-0012345")).Key);
    }
}
