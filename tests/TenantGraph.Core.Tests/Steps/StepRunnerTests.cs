using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Core.Errors;
using TenantGraph.Core.Graph;
using TenantGraph.Core.JobStates;
using TenantGraph.Core.Metadata;
using TenantGraph.Core.Output;
using TenantGraph.Core.Steps;
using TenantGraph.Core.Tests.Support;

namespace TenantGraph.Core.Tests.Steps;

public sealed class StepRunnerTests : IDisposable
{
    private static readonly EntityMetadata GroupType = new("Group", "test_group", ["Group"]);
    private static readonly EntityMetadata AccountType = new("Account", "test_account", ["Account"]);
    private readonly TempDirectory _directory = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _directory.Dispose();

    private static StepDefinition Step(string id, StepHandler handler, string[]? dependsOn = null, EntityMetadata[]? entities = null,
        string[]? permissions = null) =>
        new(id, id, entities ?? [GroupType], [], dependsOn ?? [], handler, permissions);

    private static StepHandler Adds(params Entity[] entities) => (context, _) =>
    {
        context.JobState.AddEntities(entities);
        return Task.CompletedTask;
    };

    private static StepHandler Throws(Exception exception) => (_, _) => throw exception;

    private RunRequest Request(IEnumerable<StepDefinition> steps, IReadOnlyDictionary<string, StepStartState>? startStates = null) =>
        new("instance-1", new IntegrationDefinition("test", [.. steps]), new JobState(_directory.Path), new StepServices())
        {
            StartStates = startStates ?? new Dictionary<string, StepStartState>(),
        };

    private Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default) =>
        new StepRunner(NullLogger.Instance, _time).RunAsync(request, cancellationToken);

    private Task<RunResult> RunAsync(params StepDefinition[] steps) => RunAsync(Request(steps));

    private static StepResult Result(RunResult run, string id) => run.Steps.Single(s => s.Id == id);

    [Fact]
    public async Task Independent_steps_run_in_parallel()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        StepHandler WaitForOther(TaskCompletionSource mine, TaskCompletionSource other) => async (_, _) =>
        {
            mine.SetResult();
            await other.Task.WaitAsync(timeout.Token);
        };

        var run = await RunAsync(Step("a", WaitForOther(aStarted, bStarted)), Step("b", WaitForOther(bStarted, aStarted)));

        Assert.All(run.Steps, s => Assert.Equal(StepStatus.Success, s.Status));
    }

    [Fact]
    public async Task A_step_starts_only_after_its_dependency_finished()
    {
        var events = new ConcurrentQueue<string>();
        StepHandler Record(string id) => async (_, _) =>
        {
            events.Enqueue(id + " start");
            await Task.Yield();
            events.Enqueue(id + " end");
        };

        await RunAsync(Step("b", Record("b"), ["a"]), Step("a", Record("a")));

        Assert.Equal(["a start", "a end", "b start", "b end"], events);
    }

    [Fact]
    public async Task No_more_steps_run_at_once_than_allowed()
    {
        var running = 0;
        var most = 0;
        StepHandler Count() => async (_, _) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Yield();
            Interlocked.Decrement(ref running);
        };

        await RunAsync(Request(Enumerable.Range(0, 6).Select(i => Step($"s{i}", Count()))) with { MaxConcurrency = 1 });

        Assert.Equal(1, most);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    [Fact]
    public async Task Results_follow_the_topological_order()
    {
        var noop = Adds();
        var run = await RunAsync(Step("c", noop, ["a"]), Step("a", noop), Step("b", noop, ["a"]), Step("d", noop));
        Assert.Equal(["a", "c", "b", "d"], run.Steps.Select(s => s.Id));
    }

    [Fact]
    public async Task A_successful_step_reports_what_it_encountered()
    {
        var run = await RunAsync(Step("a", Adds(TestEntities.Group("group-00001"), TestEntities.Group("group-00002"))));
        var result = Assert.Single(run.Steps);
        Assert.Equal((StepStatus.Success, 2L), (result.Status, result.EncounteredTypeCounts["test_group"]));
        Assert.Equal(["test_group"], result.EncounteredTypes);
    }

    [Fact]
    public async Task Step_times_come_from_the_time_provider()
    {
        var run = await RunAsync(Step("a", (context, _) =>
        {
            _time.Advance(TimeSpan.FromMilliseconds(250));
            return Task.CompletedTask;
        }));
        Assert.Equal(TimeSpan.FromMilliseconds(250), Assert.Single(run.Steps).Duration);
    }

    [Fact]
    public async Task A_failed_step_has_status_failure_and_its_error()
    {
        var run = await RunAsync(Step("a", Throws(new InvalidOperationException("boom"))));
        var result = Assert.Single(run.Steps);
        Assert.Equal((StepStatus.Failure, "boom"), (result.Status, result.Error));
    }

    [Fact]
    public async Task A_failed_step_makes_its_declared_types_partial()
    {
        var run = await RunAsync(Step("a", Throws(new InvalidOperationException("boom")), entities: [GroupType, AccountType]), Step("b", Adds()));
        Assert.Equal(["test_group", "test_account"], run.PartialTypes);
        Assert.True(run.HasFailures);
    }

    [Fact]
    public async Task Dependents_of_a_failed_step_still_run_and_end_partial()
    {
        var ran = new ConcurrentBag<string>();
        StepHandler Mark(string id) => (_, _) =>
        {
            ran.Add(id);
            return Task.CompletedTask;
        };

        var run = await RunAsync(
            Step("a", Throws(new InvalidOperationException("boom"))),
            Step("b", Mark("b"), ["a"], [AccountType]),
            Step("c", Mark("c"), ["b"], [new EntityMetadata("User", "test_user", ["User"])]),
            Step("d", Mark("d")));

        Assert.Equal(["b", "c", "d"], ran.Order(StringComparer.Ordinal));
        Assert.Equal([StepStatus.Failure, StepStatus.PartialSuccessDueToDependencyFailure, StepStatus.PartialSuccessDueToDependencyFailure, StepStatus.Success],
            new[] { "a", "b", "c", "d" }.Select(id => Result(run, id).Status));
        Assert.Equal(["test_group", "test_account", "test_user"], run.PartialTypes);
    }

    [Fact]
    public async Task A_disabled_step_and_its_transitive_dependents_are_skipped_while_others_run()
    {
        var ran = new ConcurrentBag<string>();
        StepHandler Mark(string id) => (_, _) =>
        {
            ran.Add(id);
            return Task.CompletedTask;
        };

        var request = Request(
            [Step("a", Mark("a")), Step("b", Mark("b"), ["a"]), Step("c", Mark("c"), ["b"]), Step("d", Mark("d"))],
            new Dictionary<string, StepStartState> { ["a"] = StepStartState.Skip("tenant has no Intune licence") });
        var run = await RunAsync(request);

        Assert.Equal(["d"], ran);
        Assert.Equal([StepStatus.Disabled, StepStatus.Disabled, StepStatus.Disabled, StepStatus.Success],
            new[] { "a", "b", "c", "d" }.Select(id => Result(run, id).Status));
        Assert.Equal("tenant has no Intune licence", Result(run, "a").DisabledReason);
        Assert.Contains("a", Result(run, "c").DisabledReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_steps_have_no_times_and_no_partial_types()
    {
        var request = Request([Step("a", Adds())], new Dictionary<string, StepStartState> { ["a"] = StepStartState.Skip("config") });
        var run = await RunAsync(request);
        Assert.Equal((null, null), (Result(run, "a").StartTime, Result(run, "a").EndTime));
        Assert.Empty(run.PartialTypes);
    }

    [Fact]
    public async Task An_unknown_dependency_is_refused_before_any_step_runs()
    {
        var ran = false;
        var error = await Assert.ThrowsAsync<StepGraphException>(() => RunAsync(
            Step("a", (_, _) => Task.FromResult(ran = true)), Step("b", Adds(), ["nope"])));
        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
        Assert.False(ran);
    }

    [Fact]
    public async Task A_cycle_is_refused_before_any_step_runs()
    {
        var ran = false;
        var error = await Assert.ThrowsAsync<StepGraphException>(() => RunAsync(
            Step("z", (_, _) => Task.FromResult(ran = true)), Step("a", Adds(), ["b"]), Step("b", Adds(), ["a"])));
        Assert.Contains("a -> b -> a", error.Message, StringComparison.Ordinal);
        Assert.False(ran);
    }

    [Fact]
    public async Task Start_states_of_unknown_steps_are_refused()
    {
        var ran = false;
        var request = Request([Step("a", (_, _) => Task.FromResult(ran = true))],
            new Dictionary<string, StepStartState> { ["ghost"] = StepStartState.Enabled });
        var error = await Assert.ThrowsAsync<StepGraphException>(() => RunAsync(request));
        Assert.Contains("\"ghost\"", error.Message, StringComparison.Ordinal);
        Assert.False(ran);
    }

    [Fact]
    public async Task A_refused_read_becomes_a_missing_permission_naming_it()
    {
        var denied = new ProviderAuthorizationException("GET /deviceManagement/managedDevices returned 403", HttpStatusCode.Forbidden,
            "GET", "/deviceManagement/managedDevices", requiredPermission: "DeviceManagementManagedDevices.Read.All");
        var run = await RunAsync(Step("managed-devices", Throws(denied), permissions: ["Something.Else"]));
        Assert.Equal(new MissingPermission("managed-devices", "/deviceManagement/managedDevices", "DeviceManagementManagedDevices.Read.All"),
            Assert.Single(Result(run, "managed-devices").MissingPermissions));
        Assert.Equal(["test_group"], run.PartialTypes);
    }

    [Fact]
    public async Task A_refused_read_without_a_named_permission_names_the_step_permissions()
    {
        var denied = new ProviderAuthorizationException("403", HttpStatusCode.Forbidden, "GET", "/users");
        var run = await RunAsync(Step("fetch-users", Throws(denied), permissions: ["User.Read.All", "Directory.Read.All"]));
        Assert.Equal("User.Read.All, Directory.Read.All", Assert.Single(Result(run, "fetch-users").MissingPermissions).Permission);
    }

    [Fact]
    public async Task A_refused_read_is_logged_as_a_missing_permission_warning()
    {
        var logger = new RecordingLogger();
        var denied = new ProviderAuthorizationException("403", HttpStatusCode.Forbidden, "GET", "/users");
        await new StepRunner(logger, _time).RunAsync(Request([Step("fetch-users", Throws(denied), permissions: ["User.Read.All"])]), CancellationToken.None);
        Assert.Contains(logger.Entries, e => e.EventId == 1005 && e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public async Task A_duplicate_key_fails_only_the_step_that_added_it()
    {
        var run = await RunAsync(
            Step("a", Adds(TestEntities.Group("group-00001"))),
            Step("b", Adds(TestEntities.Group("group-00002"), TestEntities.Group("group-00001")), ["a"]),
            Step("c", Adds(TestEntities.Group("group-00003"))));
        Assert.Equal([StepStatus.Success, StepStatus.Failure, StepStatus.Success], new[] { "a", "b", "c" }.Select(id => Result(run, id).Status));
        Assert.Contains("group-00001", Result(run, "b").Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_entity_fails_only_the_step_that_added_it()
    {
        var invalid = new Entity("account-0001", "test_account", ["Account"], new PropertyBag { ["name"] = "a", ["displayName"] = "a" });
        var run = await RunAsync(Step("a", Adds(invalid), entities: [AccountType]), Step("b", Adds(TestEntities.Group("group-00001"))));
        Assert.Equal((StepStatus.Failure, StepStatus.Success), (Result(run, "a").Status, Result(run, "b").Status));
        Assert.Contains("vendor", Result(run, "a").Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undeclared_types_are_logged()
    {
        var logger = new RecordingLogger();
        await new StepRunner(logger, _time).RunAsync(Request([Step("a", Adds(TestEntities.Account("account-0001")))]), CancellationToken.None);
        Assert.Contains(logger.Entries, e => e.EventId == 1006);
    }

    [Fact]
    public async Task Cancellation_before_a_step_starts_keeps_finished_results_and_output()
    {
        using var cancel = new CancellationTokenSource();
        var bRan = false;
        var request = Request([
            Step("a", (context, _) =>
            {
                context.JobState.AddEntity(TestEntities.Group("group-00001"));
                cancel.Cancel();
                return Task.CompletedTask;
            }),
            Step("b", (_, _) => Task.FromResult(bRan = true), ["a"]),
        ]);

        var run = await RunAsync(request, cancel.Token);

        Assert.True(run.Cancelled);
        Assert.False(bRan);
        Assert.Equal((StepStatus.Success, 1L), (Result(run, "a").Status, Result(run, "a").EncounteredTypeCounts["test_group"]));
        Assert.Equal(StepStatus.Failure, Result(run, "b").Status);
        Assert.Equal(["group-00001"], new GraphFolderReader(_directory.Path).ReadEntities().Select(e => e.Key));
    }

    [Fact]
    public async Task Request_metrics_inside_a_handler_are_the_step_metrics_and_add_to_the_run()
    {
        StepHandler Requests(int count) => (_, _) =>
        {
            for (var i = 0; i < count; i++)
            {
                Present.Value(RequestMetrics.Current).AddRequest(bytes: 100, resourceUnits: 2);
            }

            return Task.CompletedTask;
        };

        var request = Request([Step("a", Requests(3)), Step("b", Requests(2))]);
        var run = await RunAsync(request);

        Assert.Equal((3L, 2L), (Result(run, "a").Requests, Result(run, "b").Requests));
        Assert.Equal((5L, 500L, 10L), (request.Metrics.Requests, request.Metrics.Bytes, request.Metrics.ResourceUnits));
        Assert.Null(RequestMetrics.Current);
    }

    [Fact]
    public async Task Progress_tracks_each_step_that_ran()
    {
        var progress = new RunProgress();
        await RunAsync(Request([Step("a", Adds(TestEntities.Group("group-00001")))]) with { Progress = progress });
        var step = Assert.Single(progress.Steps);
        Assert.Equal(("a", "success", 1L), (step.StepId, step.Status, step.Objects));
    }
}
