using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using TenantGraph.Core.Graph;
using TenantGraph.Store.Diff;
using TenantGraph.Store.Tests.Support;

namespace TenantGraph.Store.Tests;

/// <summary>The behaviour every store must have; one derived class per dialect runs it.</summary>
public abstract class GraphStoreContract
{
    /// <summary>A new, empty store for one test.</summary>
    protected abstract Task<string> NewStoreSpecAsync();

    /// <summary>Creates the store's schema as <paramref name="version"/> had it, or marks it with a newer version.</summary>
    protected abstract Task WriteSchemaVersionAsync(string storeSpec, int version);

    /// <summary>Returns once the killed writer's hold on <paramref name="instance"/> is gone from the server.</summary>
    protected abstract Task WaitForWriterGoneAsync(string storeSpec, string instance);

    protected abstract int CurrentSchemaVersion { get; }

    protected abstract Task<int> ReadSchemaVersionAsync(string storeSpec);

    /// <summary>The name and definition of every index on the history tables, by name.</summary>
    protected abstract Task<IReadOnlyList<(string Name, string Definition)>> ReadHistoryIndexesAsync(string storeSpec);

    private async Task<IGraphStore> OpenAsync(string? spec = null) =>
        await GraphStoreFactory.OpenAsync(spec ?? await NewStoreSpecAsync(), Timeouts.Token());

    [Fact]
    public async Task Entities_and_relationships_with_every_property_kind_come_back_equal()
    {
        await using var store = await OpenAsync();
        var every = Samples.EveryKind();
        var user = Samples.User("1");
        var relationships = new[] { Samples.Has(user, every), Samples.MappedToInternet(user) };

        var run = await store.StoreRunAsync("contoso", [every, user], relationships);

        var entities = await store.EntitiesAsync(run.Id);
        Assert.Equal(["every-kind", "user-1"], entities.Select(e => e.Key));
        GraphAssert.Equal(every, entities[0]);
        GraphAssert.Equal(user, entities[1]);
        var stored = (await store.RelationshipsAsync(run.Id)).ToDictionary(r => r.Key);
        Assert.Equal(2, stored.Count);
        foreach (var relationship in relationships)
        {
            GraphAssert.Equal(relationship, stored[relationship.Key]);
        }
    }

    [Fact]
    public async Task Long_values_come_back_whole()
    {
        await using var store = await OpenAsync();
        var text = string.Concat(Enumerable.Repeat("é€𝄞x", 50_000));
        var properties = new PropertyBag();
        properties.Set("description", text);
        var entity = new Entity("long-1", Samples.UserType, ["User"], properties, rawData: $"{{\"text\":\"{text}\"}}");

        var run = await store.StoreRunAsync("contoso", [Samples.User("1"), entity, Samples.User("2")]);

        var stored = await store.EntitiesAsync(run.Id);
        Assert.Equal(["long-1", "user-1", "user-2"], stored.Select(e => e.Key));
        GraphAssert.Equal(entity, stored[0]);
        GraphAssert.Equal(Samples.User("2"), stored[2]);
    }

    [Fact]
    public async Task Completed_run_records_status_counts_and_step_results()
    {
        await using var store = await OpenAsync();
        var user = Samples.User("1");

        var run = await store.StoreRunAsync("contoso", [user, Samples.Device("1")], [Samples.Has(user, Samples.Device("1"))]);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(2, run.EntityCount);
        Assert.Equal(1, run.RelationshipCount);
        Assert.Equal("fetch-users", Assert.Single(run.Steps).Id);
        Assert.Equal(run.Id, (await store.GetLatestRunAsync("contoso", Timeouts.Token()))?.Id);
    }

    [Fact]
    public async Task Counts_are_given_per_type()
    {
        await using var store = await OpenAsync();
        var user = Samples.User("1");
        var run = await store.StoreRunAsync("contoso", [user, Samples.User("2"), Samples.Device("1")], [Samples.Has(user, Samples.Device("1"))]);

        var counts = await store.CountsAsync(run.Id, Timeouts.Token());

        Assert.Equal(new Dictionary<string, long> { [Samples.DeviceType] = 1, [Samples.UserType] = 2 }, counts.Entities);
        Assert.Equal(1, Assert.Single(counts.Relationships).Value);
    }

    [Fact]
    public async Task Snapshot_can_be_read_for_some_types_only()
    {
        await using var store = await OpenAsync();
        var run = await store.StoreRunAsync("contoso", [Samples.User("1"), Samples.Device("1")]);

        var devices = await store.ReadSnapshotEntitiesAsync(run.Id, [Samples.DeviceType], Timeouts.Token()).ToListAsync();

        Assert.Equal("device-1", Assert.Single(devices).Key);
    }

    [Fact]
    public async Task Nothing_of_a_run_is_visible_before_it_completes()
    {
        await using var store = await OpenAsync();
        var first = await store.StoreRunAsync("contoso", [Samples.User("1")]);
        await using var run = await store.BeginRunAsync("contoso", "test", Timeouts.Token());
        await run.WriteEntitiesAsync(new[] { Samples.User("2") }.ToAsyncEnumerable(), Timeouts.Token());

        Assert.Equal(first.Id, (await store.GetLatestRunAsync("contoso", Timeouts.Token()))?.Id);
        Assert.Equal(["user-1"], (await store.EntitiesAsync(first.Id)).Select(e => e.Key));
        Assert.Equal(RunStatus.Running, (await store.GetRunAsync(run.Run.Id, Timeouts.Token()))?.Status);
    }

    [Fact]
    public async Task Second_run_of_the_same_instance_is_refused_while_the_first_is_open()
    {
        var spec = await NewStoreSpecAsync();
        await using var store = await OpenAsync(spec);
        await using var other = await OpenAsync(spec);
        await using var first = await store.BeginRunAsync("contoso", "test", Timeouts.Token());

        var refused = await Assert.ThrowsAsync<StoreConcurrencyException>(() => other.BeginRunAsync("contoso", "test", Timeouts.Token()));

        Assert.Equal(first.Run.Id, refused.RunId);
        Assert.StartsWith($"instance contoso is already being collected by run {first.Run.Id} started at ", refused.Message);
    }

    [Fact]
    public async Task Instance_can_run_again_once_its_previous_run_is_disposed()
    {
        await using var store = await OpenAsync();
        var abandoned = await store.BeginRunAsync("contoso", "test", Timeouts.Token());
        await abandoned.DisposeAsync();

        var run = await store.StoreRunAsync("contoso", [Samples.User("1")]);

        Assert.Equal(RunStatus.Failed, (await store.GetRunAsync(abandoned.Run.Id, Timeouts.Token()))?.Status);
        Assert.Equal(RunStatus.Succeeded, run.Status);
    }

    [Fact]
    public async Task Runs_of_several_instances_written_at_once_keep_their_own_objects()
    {
        var spec = await NewStoreSpecAsync();
        var instances = Enumerable.Range(1, 4).Select(i => $"tenant-{i}").ToArray();

        var runs = await Task.WhenAll(instances.Select(async instance =>
        {
            await using var store = await OpenAsync(spec);
            var entities = Enumerable.Range(0, 2_000).Select(i => Samples.User($"{i}", name: instance)).ToArray();
            var relationships = entities.Skip(1).Select(e => Samples.Has(entities[0], e)).ToArray();
            return await store.StoreRunAsync(instance, entities, relationships);
        }));

        await using var reader = await OpenAsync(spec);
        foreach (var run in runs)
        {
            var entities = await reader.EntitiesAsync(run.Id);
            Assert.Equal(2_000, entities.Count);
            Assert.All(entities, e => Assert.Equal(run.Instance, e.DisplayName));
            Assert.Equal(1_999, (await reader.RelationshipsAsync(run.Id)).Count);
        }
    }

    [Fact]
    public async Task Killed_writer_leaves_the_previous_snapshot_whole_and_its_run_failed()
    {
        var spec = await NewStoreSpecAsync();
        long previous;
        await using (var store = await OpenAsync(spec))
        {
            previous = (await store.StoreRunAsync("contoso", [Samples.User("1"), Samples.User("2")])).Id;
        }

        var killedRun = await StartWriterAndKillItAsync(spec, "contoso");
        await WaitForWriterGoneAsync(spec, "contoso");

        await using var reopened = await OpenAsync(spec);
        var killed = await reopened.GetRunAsync(killedRun, Timeouts.Token());
        Assert.Equal(RunStatus.Failed, killed?.Status);
        Assert.Equal(previous, (await reopened.GetLatestRunAsync("contoso", Timeouts.Token()))?.Id);
        Assert.Equal(["user-1", "user-2"], (await reopened.EntitiesAsync(previous)).Select(e => e.Key));
        Assert.Equal(RunStatus.Succeeded, (await reopened.StoreRunAsync("contoso", [Samples.User("3")])).Status);
    }

    [Fact]
    public async Task Cancelled_run_fails_and_keeps_the_previous_snapshot()
    {
        await using var store = await OpenAsync();
        var previous = await store.StoreRunAsync("contoso", [Samples.User("1")]);
        await using var run = await store.BeginRunAsync("contoso", "test", Timeouts.Token());
        await run.WriteEntitiesAsync(new[] { Samples.User("2") }.ToAsyncEnumerable(), Timeouts.Token());

        var result = await run.CompleteAsync(Samples.Result("contoso") with { Cancelled = true }, Timeouts.Token());

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal(previous.Id, (await store.GetLatestRunAsync("contoso", Timeouts.Token()))?.Id);
        Assert.Equal(["user-1"], (await store.EntitiesAsync(previous.Id)).Select(e => e.Key));
    }

    [Fact]
    public async Task Failure_of_the_object_source_is_thrown_by_the_write()
    {
        await using var store = await OpenAsync();
        await using var run = await store.BeginRunAsync("contoso", "test", Timeouts.Token());

        // More objects than one encoding batch, so that the failure arrives while earlier batches are being staged.
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            run.WriteEntitiesAsync(FailingAfter(5_000), Timeouts.Token()));

        Assert.Equal("source failed after 5000 entities", thrown.Message);
    }

    [Fact]
    public async Task Key_written_twice_in_a_run_fails_it()
    {
        await using var store = await OpenAsync();
        var previous = await store.StoreRunAsync("contoso", [Samples.User("1")]);

        await Assert.ThrowsAsync<InvalidDataException>(() =>
            store.StoreRunAsync("contoso", [Samples.User("2"), Samples.User("2", name: "again")]));

        Assert.Equal(previous.Id, (await store.GetLatestRunAsync("contoso", Timeouts.Token()))?.Id);
        Assert.Equal(RunStatus.Failed, (await store.GetRunsAsync("contoso", Timeouts.Token()))[0].Status);
    }

    // A first run (no current versions) is written straight into the history in one transaction: the tests below
    // hold it to the same guarantees as a staged and merged run.

    [Fact]
    public async Task Entity_key_written_twice_in_a_first_run_fails_the_write_and_leaves_no_snapshot()
    {
        await using var store = await OpenAsync();
        await using var run = await store.BeginRunAsync("contoso", "test", Timeouts.Token());

        var thrown = await Assert.ThrowsAsync<InvalidDataException>(() => run.WriteEntitiesAsync(
            new[] { Samples.User("1"), Samples.User("2"), Samples.User("2", name: "again") }.ToAsyncEnumerable(), Timeouts.Token()));

        Assert.EndsWith("twice", thrown.Message);
        Assert.Equal(RunStatus.Failed, (await store.GetRunAsync(run.Run.Id, Timeouts.Token()))?.Status);
        Assert.Null(await store.GetLatestRunAsync("contoso", Timeouts.Token()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => run.CompleteAsync(Samples.Result("contoso"), Timeouts.Token()));
        var next = await store.StoreRunAsync("contoso", [Samples.User("3")]);
        Assert.Equal(["user-3"], (await store.EntitiesAsync(next.Id)).Select(e => e.Key));
    }

    [Fact]
    public async Task Relationship_key_written_twice_in_a_first_run_fails_it()
    {
        await using var store = await OpenAsync();
        var (user, device) = (Samples.User("1"), Samples.Device("1"));

        await Assert.ThrowsAsync<InvalidDataException>(() =>
            store.StoreRunAsync("contoso", [user, device], [Samples.Has(user, device), Samples.Has(user, device)]));

        Assert.Equal(RunStatus.Failed, (await store.GetRunsAsync("contoso", Timeouts.Token()))[0].Status);
        Assert.Null(await store.GetLatestRunAsync("contoso", Timeouts.Token()));
    }

    [Fact]
    public async Task First_run_is_invisible_until_it_completes_and_the_store_opens_meanwhile()
    {
        var spec = await NewStoreSpecAsync();
        await using var store = await OpenAsync(spec);
        await using var run = await store.BeginRunAsync("contoso", "test", Timeouts.Token());
        await run.WriteEntitiesAsync(new[] { Samples.User("1") }.ToAsyncEnumerable(), Timeouts.Token());

        await using (var reader = await OpenAsync(spec))
        {
            Assert.Null(await reader.GetLatestRunAsync("contoso", Timeouts.Token()));
            Assert.Equal(RunStatus.Running, (await reader.GetRunAsync(run.Run.Id, Timeouts.Token()))?.Status);
        }

        var completed = await run.CompleteAsync(Samples.Result("contoso"), Timeouts.Token());
        await using var after = await OpenAsync(spec);
        Assert.Equal(completed.Id, (await after.GetLatestRunAsync("contoso", Timeouts.Token()))?.Id);
        Assert.Equal(["user-1"], (await after.EntitiesAsync(completed.Id)).Select(e => e.Key));
    }

    [Fact]
    public async Task Cancelled_first_run_fails_and_leaves_no_versions()
    {
        await using var store = await OpenAsync();
        await using (var run = await store.BeginRunAsync("contoso", "test", Timeouts.Token()))
        {
            await run.WriteEntitiesAsync(new[] { Samples.User("1") }.ToAsyncEnumerable(), Timeouts.Token());
            var result = await run.CompleteAsync(Samples.Result("contoso") with { Cancelled = true }, Timeouts.Token());
            Assert.Equal(RunStatus.Failed, result.Status);
        }

        var next = await store.StoreRunAsync("contoso", [Samples.User("2")]);

        Assert.Equal(1, next.EntityCount);
        Assert.Equal(["user-2"], (await store.EntitiesAsync(next.Id)).Select(e => e.Key));
    }

    [Fact]
    public async Task Killed_writer_of_a_first_run_leaves_no_snapshot_and_no_versions()
    {
        var spec = await NewStoreSpecAsync();

        var killedRun = await StartWriterAndKillItAsync(spec, "contoso");
        await WaitForWriterGoneAsync(spec, "contoso");

        await using var reopened = await OpenAsync(spec);
        Assert.Equal(RunStatus.Failed, (await reopened.GetRunAsync(killedRun, Timeouts.Token()))?.Status);
        Assert.Null(await reopened.GetLatestRunAsync("contoso", Timeouts.Token()));
        var next = await reopened.StoreRunAsync("contoso", [Samples.User("1")]);
        Assert.Equal(1, next.EntityCount);
        Assert.Equal(["user-1"], (await reopened.EntitiesAsync(next.Id)).Select(e => e.Key));
    }

    // The first run into an empty store is bulk-loaded: each history table's indexes are dropped in the run's
    // transaction and built again after its rows.

    [Fact]
    public async Task First_run_into_an_empty_store_is_bulk_loaded_and_leaves_every_index_as_it_was()
    {
        var spec = await NewStoreSpecAsync();
        using var logs = new RecordingLoggerFactory();
        await using var store = await GraphStoreFactory.OpenAsync(spec, logs, TimeProvider.System, Timeouts.Token());
        var indexes = await ReadHistoryIndexesAsync(spec);
        var users = Enumerable.Range(0, 500).Select(i => Samples.User($"{i}")).ToArray();
        var memberships = users.Skip(1).Select(user => Samples.Has(users[0], user)).ToArray();

        var run = await store.StoreRunAsync("contoso", users, memberships);

        Assert.Equal(2, logs.Count(EventIds.BulkLoad));
        Assert.Equal(indexes, await ReadHistoryIndexesAsync(spec));
        Assert.Equal((500, 499), (run.EntityCount, run.RelationshipCount));
        Assert.Equal(users.Select(u => u.Key).Order(StringComparer.Ordinal), (await store.EntitiesAsync(run.Id)).Select(e => e.Key));
        var second = await store.StoreRunAsync("contoso", users[..^1], memberships[..^1]);
        Assert.Equal(2, (await store.DiffAsync("contoso", run.Id, second.Id, Timeouts.Token())).Count(ChangeKind.Deleted));
    }

    [Fact]
    public async Task Runs_into_a_store_that_holds_versions_are_not_bulk_loaded()
    {
        var spec = await NewStoreSpecAsync();
        using var logs = new RecordingLoggerFactory();
        await using var store = await GraphStoreFactory.OpenAsync(spec, logs, TimeProvider.System, Timeouts.Token());
        var (user, device) = (Samples.User("1"), Samples.Device("1"));
        await store.StoreRunAsync("contoso", [user, device], [Samples.Has(user, device)]);

        await store.StoreRunAsync("fabrikam", [user, device], [Samples.Has(user, device)]);
        await store.StoreRunAsync("contoso", [user]);

        Assert.Equal(2, logs.Count(EventIds.BulkLoad));
    }

    [Fact]
    public async Task Key_written_twice_in_a_bulk_load_fails_the_run_and_leaves_every_index_as_it_was()
    {
        var spec = await NewStoreSpecAsync();
        await using var store = await OpenAsync(spec);
        var indexes = await ReadHistoryIndexesAsync(spec);
        var users = Enumerable.Range(0, 500).Select(i => Samples.User($"{i}")).Append(Samples.User("250", name: "again"));

        var thrown = await Assert.ThrowsAsync<InvalidDataException>(() => store.StoreRunAsync("contoso", users));

        Assert.EndsWith("twice", thrown.Message);
        Assert.Equal(indexes, await ReadHistoryIndexesAsync(spec));
        Assert.Null(await store.GetLatestRunAsync("contoso", Timeouts.Token()));
        Assert.Equal(1, (await store.StoreRunAsync("contoso", [Samples.User("1")])).EntityCount);
    }

    [Fact]
    public async Task Partial_type_keeps_its_previous_objects_in_the_new_snapshot()
    {
        await using var store = await OpenAsync();
        await store.StoreRunAsync("contoso", [Samples.User("1"), Samples.Device("1"), Samples.Device("2")]);

        var run = await store.StoreRunAsync("contoso", [Samples.User("1"), Samples.Device("1", os: "linux")], null, Samples.DeviceType);

        Assert.Equal(RunStatus.Partial, run.Status);
        Assert.Equal([Samples.DeviceType], run.PartialTypes);
        var devices = await store.ReadSnapshotEntitiesAsync(run.Id, [Samples.DeviceType], Timeouts.Token()).ToListAsync();
        Assert.Equal(["device-1", "device-2"], devices.Select(d => d.Key));
        Assert.Equal("linux", devices[0].Properties["os"]);
    }

    [Fact]
    public async Task Partial_type_is_never_reported_deleted()
    {
        await using var store = await OpenAsync();
        await store.StoreRunAsync("contoso", [Samples.User("1"), Samples.Device("1")]);
        await store.StoreRunAsync("contoso", [], null, Samples.DeviceType);

        var diff = await store.DiffAsync("contoso", null, null, Timeouts.Token());

        var deleted = Assert.Single(diff.Entities);
        Assert.Equal(("user-1", ChangeKind.Deleted), (deleted.Key, deleted.Kind));
    }

    [Fact]
    public async Task Diff_reports_created_updated_and_deleted_objects_with_before_and_after_values()
    {
        await using var store = await OpenAsync();
        var ada = Samples.User("1", name: "Ada", logins: 3);
        var device = Samples.Device("1");
        var from = await store.StoreRunAsync("contoso", [ada, device, Samples.User("2")], [Samples.Has(ada, device)]);
        var adaLater = Samples.User("1", name: "Ada Lovelace", logins: 4);
        var to = await store.StoreRunAsync("contoso", [adaLater, device, Samples.User("3")]);

        var diff = await store.DiffAsync("contoso", from.Id, to.Id, Timeouts.Token());

        Assert.Equal(
            [("user-1", ChangeKind.Updated), ("user-2", ChangeKind.Deleted), ("user-3", ChangeKind.Created)],
            diff.Entities.Select(c => (c.Key, c.Kind)));
        Assert.Equal(
            [new PropertyChange("displayName", "Ada", "Ada Lovelace"), new PropertyChange("logins", 3L, 4L)],
            diff.Entities[0].Properties);
        var removed = Assert.Single(diff.Relationships);
        Assert.Equal(ChangeKind.Deleted, removed.Kind);
        Assert.Equal("user-1", removed.Before?.FromKey);
    }

    [Fact]
    public async Task Diff_defaults_to_the_latest_run_against_the_one_before()
    {
        await using var store = await OpenAsync();
        await store.StoreRunAsync("contoso", [Samples.User("1")]);
        var middle = await store.StoreRunAsync("contoso", [Samples.User("1"), Samples.User("2")]);
        var latest = await store.StoreRunAsync("contoso", [Samples.User("1"), Samples.User("2"), Samples.User("3")]);

        var diff = await store.DiffAsync("contoso", null, null, Timeouts.Token());

        Assert.Equal((middle.Id, latest.Id), (diff.From?.Id, diff.To.Id));
        Assert.Equal("user-3", Assert.Single(diff.Entities).Key);
    }

    [Fact]
    public async Task Diff_across_several_runs_compares_only_the_two_snapshots()
    {
        await using var store = await OpenAsync();
        var first = await store.StoreRunAsync("contoso", [Samples.User("1", logins: 1)]);
        await store.StoreRunAsync("contoso", [Samples.User("1", logins: 2), Samples.User("temporary")]);
        var third = await store.StoreRunAsync("contoso", [Samples.User("1", logins: 1)]);

        var diff = await store.DiffAsync("contoso", first.Id, third.Id, Timeouts.Token());

        Assert.Empty(diff.Entities);
    }

    [Fact]
    public async Task Unchanged_object_keeps_its_version_and_older_snapshots_stay_readable()
    {
        await using var store = await OpenAsync();
        var first = await store.StoreRunAsync("contoso", [Samples.User("1"), Samples.User("2", logins: 1)]);
        var second = await store.StoreRunAsync("contoso", [Samples.User("1"), Samples.User("2", logins: 2)]);

        var before = await store.EntitiesAsync(first.Id);
        var after = await store.EntitiesAsync(second.Id);

        Assert.Equal(1L, before[1].Properties["logins"]);
        Assert.Equal(2L, after[1].Properties["logins"]);
        var diff = await store.DiffAsync("contoso", first.Id, second.Id, Timeouts.Token());
        Assert.Equal("user-2", Assert.Single(diff.Entities).Key);
    }

    [Fact]
    public async Task Runs_of_other_instances_do_not_change_an_instance_snapshot()
    {
        await using var store = await OpenAsync();
        var contoso = await store.StoreRunAsync("contoso", [Samples.User("1")]);
        await store.StoreRunAsync("fabrikam", [Samples.User("1", name: "Other")]);
        await store.StoreRunAsync("fabrikam", []);

        Assert.Equal("Ada", Assert.Single(await store.EntitiesAsync(contoso.Id)).DisplayName);
        Assert.Equal(2, (await store.GetRunsAsync("fabrikam", Timeouts.Token())).Count);
        Assert.Equal(3, (await store.GetRunsAsync(null, Timeouts.Token())).Count);
    }

    [Fact]
    public async Task Prune_keeps_the_newest_snapshots_and_removes_older_runs()
    {
        await using var store = await OpenAsync();
        var runs = new List<RunInfo>();
        for (var i = 1; i <= 4; i++)
        {
            runs.Add(await store.StoreRunAsync("contoso", [Samples.User("1", logins: i), Samples.User($"only-{i}")]));
        }

        var pruned = await store.PruneAsync("contoso", 2, Timeouts.Token());

        Assert.Equal([runs[0].Id, runs[1].Id], pruned);
        Assert.Equal([runs[3].Id, runs[2].Id], (await store.GetRunsAsync("contoso", Timeouts.Token())).Select(r => r.Id));
        Assert.Equal(["user-1", "user-only-3"], (await store.EntitiesAsync(runs[2].Id)).Select(e => e.Key));
        Assert.Equal(3L, (await store.EntitiesAsync(runs[2].Id))[0].Properties["logins"]);
        var diff = await store.DiffAsync("contoso", null, null, Timeouts.Token());
        Assert.Equal(3, diff.Entities.Count);
    }

    [Fact]
    public async Task Export_as_json_holds_every_object_in_jupiterone_shape()
    {
        await using var store = await OpenAsync();
        var user = Samples.User("1");
        var run = await store.StoreRunAsync("contoso", [user, Samples.EveryKind()], [Samples.Has(user, Samples.EveryKind())]);
        using var output = new MemoryStream();

        await store.ExportAsync(run.Id, ExportFormat.Json, output, Timeouts.Token());

        using var document = JsonDocument.Parse(output.ToArray());
        Assert.True(JsonElement.DeepEquals(Json(w => GraphObjectJson.WriteEntity(w, Samples.EveryKind())),
            document.RootElement.GetProperty("entities")[0]));
        Assert.True(JsonElement.DeepEquals(Json(w => GraphObjectJson.WriteRelationship(w, Samples.Has(user, Samples.EveryKind()))),
            document.RootElement.GetProperty("relationships")[0]));
    }

    [Fact]
    public async Task Export_as_csv_has_a_row_per_object()
    {
        await using var store = await OpenAsync();
        var user = Samples.User("1");
        var run = await store.StoreRunAsync("contoso", [user, Samples.Device("1")], [Samples.Has(user, Samples.Device("1"))]);
        var directory = Directory.CreateTempSubdirectory("tenantgraph-export-");

        var path = await store.ExportAsync(run.Id, ExportFormat.Csv, directory.FullName, Timeouts.Token());

        var lines = await File.ReadAllLinesAsync(path);
        Assert.Equal("kind,_key,_type,_class,_fromEntityKey,_toEntityKey,properties", lines[0]);
        Assert.Equal("entity,device-1,test_device,\"Device,Host\",,,\"{\"\"displayName\"\":\"\"device 1\"\",\"\"os\"\":\"\"windows\"\"}\"", lines[1]);
        Assert.StartsWith("relationship,user-1|has|device-1,test_user_has_device,HAS,user-1,device-1,", lines[3]);
        Assert.Equal(4, lines.Length);
        directory.Delete(recursive: true);
    }

    [Fact]
    public async Task Export_as_graphml_has_nodes_and_direct_edges()
    {
        await using var store = await OpenAsync();
        var user = Samples.User("1");
        var run = await store.StoreRunAsync("contoso", [user, Samples.Device("1")],
            [Samples.Has(user, Samples.Device("1")), Samples.MappedToInternet(user)]);
        using var output = new MemoryStream();

        await store.ExportAsync(run.Id, ExportFormat.GraphMl, output, Timeouts.Token());

        var graph = XDocument.Parse(Encoding.UTF8.GetString(output.ToArray()));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(["device-1", "user-1"], graph.Descendants(ns + "node").Select(n => (string?)n.Attribute("id")));
        var edge = Assert.Single(graph.Descendants(ns + "edge"));
        Assert.Equal(("user-1", "device-1"), ((string?)edge.Attribute("source"), (string?)edge.Attribute("target")));
    }

    [Fact]
    public async Task Import_of_a_collect_folder_stores_its_objects_and_partial_types()
    {
        await using var store = await OpenAsync();
        var folder = CollectFolder.Write(
            [Samples.User("1"), Samples.Device("1")], [Samples.Has(Samples.User("1"), Samples.Device("1"))],
            failedStepTypes: [Samples.DeviceType]);

        var run = await store.ImportCollectFolderAsync("contoso", "test", folder.FullName, Timeouts.Token());

        Assert.Equal(RunStatus.Partial, run.Status);
        Assert.Equal([Samples.DeviceType], run.PartialTypes);
        Assert.Equal(["device-1", "user-1"], (await store.EntitiesAsync(run.Id)).Select(e => e.Key));
        Assert.Single(await store.RelationshipsAsync(run.Id));
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Older_schema_is_upgraded_when_opened()
    {
        var spec = await NewStoreSpecAsync();
        await WriteSchemaVersionAsync(spec, 1);

        await using var store = await OpenAsync(spec);

        Assert.Equal(CurrentSchemaVersion, await ReadSchemaVersionAsync(spec));
        Assert.Equal(RunStatus.Succeeded, (await store.StoreRunAsync("contoso", [Samples.User("1")])).Status);
    }

    [Fact]
    public async Task Newer_schema_is_refused()
    {
        var spec = await NewStoreSpecAsync();
        await WriteSchemaVersionAsync(spec, CurrentSchemaVersion + 1);

        var refused = await Assert.ThrowsAsync<StoreVersionException>(() => OpenAsync(spec));

        Assert.Equal(CurrentSchemaVersion + 1, refused.Found);
        Assert.Contains("upgrade TenantGraph", refused.Message);
    }

    private static JsonElement Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return JsonDocument.Parse(buffer.ToArray()).RootElement;
    }

    private static async Task<long> StartWriterAndKillItAsync(string spec, string instance)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "TenantGraph.Store.Tests.Writer.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "exec", writer, spec, instance })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the writer");
        var line = await process.StandardOutput.ReadLineAsync(Timeouts.Token());
        if (line is null || !line.StartsWith("loading ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"writer said '{line}': {await process.StandardError.ReadToEndAsync()}");
        }

        // Process.Kill sends SIGKILL on Unix: no finally block or disposal runs in the writer.
        process.Kill();
        await process.WaitForExitAsync(Timeouts.Token());
        return long.Parse(line["loading ".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async IAsyncEnumerable<Entity> FailingAfter(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Samples.User($"{i}");
        }

        await Task.Yield();
        throw new InvalidOperationException($"source failed after {count} entities");
    }
}
