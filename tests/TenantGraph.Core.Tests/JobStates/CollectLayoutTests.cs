using System.Text;
using System.Text.Json;
using TenantGraph.Core.Graph;
using TenantGraph.Core.JobStates;
using TenantGraph.Core.Output;
using TenantGraph.Core.Tests.Support;

namespace TenantGraph.Core.Tests.JobStates;

public sealed class CollectLayoutTests : IDisposable
{
    private const string StepId = "fetch-groups";
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private string[] GraphFiles(string kind) =>
        Directory.GetFiles(Path.Combine(_directory.Path, "graph", StepId, kind), "*.json");

    private static JsonElement[] Objects(string file, string kind)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        Assert.Equal([kind], document.RootElement.EnumerateObject().Select(p => p.Name));
        return [.. document.RootElement.GetProperty(kind).EnumerateArray().Select(e => e.Clone())];
    }

    private JobState FillThenFlush(int groups, int accounts)
    {
        var state = new JobState(_directory.Path);
        var step = new StepJobState(state, StepId);
        for (var i = 0; i < Math.Max(groups, accounts); i++)
        {
            if (i < groups)
            {
                step.AddEntity(TestEntities.Group($"group-{i:D6}"));
            }

            if (i < accounts)
            {
                step.AddEntity(TestEntities.Account($"account-{i:D6}"));
            }
        }

        state.FlushStep(StepId);
        return state;
    }

    [Fact]
    public void Entity_files_hold_at_most_500_objects_of_one_type()
    {
        FillThenFlush(groups: 1100, accounts: 20);
        var files = GraphFiles("entities").Select(f => Objects(f, "entities")).ToArray();
        Assert.Equal([20, 100, 500, 500], files.Select(f => f.Length).Order());
        Assert.All(files, f => Assert.Single(f.Select(e => e.GetProperty("_type").GetString()).Distinct()));
    }

    [Fact]
    public void Graph_files_are_named_by_a_uuid() =>
        Assert.All(GraphFilesAfter(FillThenFlush(groups: 3, accounts: 0)), f => Assert.True(Guid.TryParse(Path.GetFileNameWithoutExtension(f), out _)));

    private string[] GraphFilesAfter(JobState state) => GraphFiles("entities");

    [Fact]
    public void Nothing_is_written_before_a_file_is_full_or_flushed()
    {
        var state = new JobState(_directory.Path);
        new StepJobState(state, StepId).AddEntity(TestEntities.Group("group-00001"));
        Assert.False(Directory.Exists(Path.Combine(_directory.Path, "graph")));
    }

    [Fact]
    public void A_full_file_is_written_without_a_flush()
    {
        var step = new StepJobState(new JobState(_directory.Path), StepId);
        for (var i = 0; i < 500; i++)
        {
            step.AddEntity(TestEntities.Group($"group-{i:D6}"));
        }

        Assert.Equal(500, Objects(Assert.Single(GraphFiles("entities")), "entities").Length);
    }

    [Fact]
    public void Every_graph_file_has_an_absolute_symlink_in_the_type_index()
    {
        FillThenFlush(groups: 600, accounts: 1);
        foreach (var file in GraphFiles("entities"))
        {
            var type = Objects(file, "entities")[0].GetProperty("_type").GetString() ?? string.Empty;
            var link = new FileInfo(Path.Combine(_directory.Path, "index", "entities", type, Path.GetFileName(file)));
            Assert.Equal(Path.GetFullPath(file), link.LinkTarget);
        }

        Assert.Equal(3, Directory.GetFiles(Path.Combine(_directory.Path, "index", "entities"), "*.json", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Relationships_are_written_under_their_own_folder_and_index()
    {
        var state = new JobState(_directory.Path);
        var step = new StepJobState(state, StepId);
        step.AddRelationship(Relationship.Direct(RelationshipClass.Has, "test_account", "account-0001", "test_group", "group-00001"));
        state.FlushStep(StepId);
        var file = Assert.Single(GraphFiles("relationships"));
        Assert.Equal("account-0001|has|group-00001", Assert.Single(Objects(file, "relationships")).GetProperty("_key").GetString());
        Assert.True(File.Exists(Path.Combine(_directory.Path, "index", "relationships", "test_account_has_group", Path.GetFileName(file))));
    }

    [Fact]
    public void Flushing_one_step_leaves_another_step_in_memory()
    {
        var state = new JobState(_directory.Path);
        new StepJobState(state, StepId).AddEntity(TestEntities.Group("group-00001"));
        new StepJobState(state, "other-step").AddEntity(TestEntities.Group("group-00002"));
        state.FlushStep(StepId);
        Assert.Single(GraphFiles("entities"));
        Assert.False(Directory.Exists(Path.Combine(_directory.Path, "graph", "other-step")));
    }

    [Fact]
    public void Entities_read_back_from_the_folder_equal_those_added()
    {
        var entities = new[]
        {
            new Entity("entity-key-0001", "test_kitchen_sink", ["Configuration"], new PropertyBag
            {
                ["name"] = "Sink",
                ["displayName"] = "Kitchen sink",
                ["count"] = 42L,
                ["ratio"] = 0.25,
                ["large"] = 9007199254740993L,
                ["enabled"] = false,
                ["missing"] = null,
                ["names"] = new[] { "a", "é", "\"quoted\"" },
                ["numbers"] = new long[] { 1, -2 },
                ["fractions"] = new[] { 1.5, 2.25 },
                ["flags"] = new[] { true, false },
                ["tag.Environment"] = "prod",
            }, rawData: """{"id":"x","nested":{"deep":[1,{"a":null}]}}"""),
            TestEntities.User("user-key-0001"),
        };
        var state = new JobState(_directory.Path);
        new StepJobState(state, StepId).AddEntities(entities);
        state.FlushStep(StepId);

        var read = new GraphFolderReader(_directory.Path).ReadEntities().OrderBy(e => e.Key, StringComparer.Ordinal);
        Assert.Equal(string.Join("\n", entities.Select(Json)), string.Join("\n", read.Select(Json)));
    }

    [Fact]
    public void Relationships_read_back_from_the_folder_equal_those_added()
    {
        var relationships = new[]
        {
            Relationship.Direct(RelationshipClass.Protects, "test_nsg", "nsg-key-00001", "test_nic", "nic-key-00001",
                properties: new PropertyBag { ["priority"] = 100L, ["weight"] = 0.5, ["inbound"] = true, ["note"] = null }),
            Relationship.Mapped(RelationshipClass.Allows,
                new RelationshipMapping(RelationshipDirection.Reverse, "nsg-key-00001", [["_key"], ["_type", "CIDR"]], GlobalEntities.Internet(), true),
                type: "test_nsg_allows_internet", properties: new PropertyBag { ["ipProtocol"] = "tcp", ["toPort"] = 443L }),
            Relationship.Mapped(RelationshipClass.Is,
                new RelationshipMapping(RelationshipDirection.Forward, "user-key-0001", [["_type", "email"]],
                    new PropertyBag { ["_type"] = "employee", ["email"] = "ada@example.com" })),
        };
        var state = new JobState(_directory.Path);
        new StepJobState(state, StepId).AddRelationships(relationships);
        state.FlushStep(StepId);

        var read = new GraphFolderReader(_directory.Path).ReadRelationships().OrderBy(r => r.Key, StringComparer.Ordinal);
        Assert.Equal(relationships.OrderBy(r => r.Key, StringComparer.Ordinal).Select(Json), read.Select(Json));
    }

    [Fact]
    public void A_mapped_relationship_is_written_with_its_mapping_and_without_entity_keys()
    {
        var state = new JobState(_directory.Path);
        new StepJobState(state, StepId).AddRelationship(Relationship.Mapped(RelationshipClass.Allows,
            new RelationshipMapping(RelationshipDirection.Forward, "nsg-key-00001", [["_key"]], GlobalEntities.Internet())));
        state.FlushStep(StepId);
        var written = Assert.Single(Objects(Assert.Single(GraphFiles("relationships")), "relationships"));
        Assert.Equal(["_key", "_type", "_class", "_mapping", "displayName"], written.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["relationshipDirection", "sourceEntityKey", "targetFilterKeys", "targetEntity"],
            written.GetProperty("_mapping").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Reading_a_folder_without_a_graph_folder_fails() =>
        Assert.Throws<DirectoryNotFoundException>(() => new GraphFolderReader(_directory.Path));

    private static string Json(Entity entity) => Write(w => GraphObjectJson.WriteEntity(w, entity));

    private static string Json(Relationship relationship) => Write(w => GraphObjectJson.WriteRelationship(w, relationship));

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
