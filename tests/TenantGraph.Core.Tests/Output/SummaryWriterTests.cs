using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Core.Graph;
using TenantGraph.Core.JobStates;
using TenantGraph.Core.Metadata;
using TenantGraph.Core.Output;
using TenantGraph.Core.Steps;
using TenantGraph.Core.Tests.Support;

namespace TenantGraph.Core.Tests.Output;

public sealed class SummaryWriterTests : IDisposable
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeMilliseconds(1714521600000);
    private static readonly EntityMetadata Account = new("Account", "demo_account", ["Account"]);
    private static readonly EntityMetadata User = new("User", "demo_user", ["User"]);
    private static readonly EntityMetadata Device = new("Device", "demo_device", ["Device"]) { Partial = true };
    private static readonly EntityMetadata Group = new("Group", "demo_group", ["Group"]);
    private static readonly RelationshipMetadata AccountHasUser = RelationshipMetadata.Direct(Account, RelationshipClass.Has, User);
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private string Summary() => File.ReadAllText(Path.Combine(_directory.Path, SummaryWriter.FileName));

    [Fact]
    public async Task Summary_of_a_small_run_has_the_sdk_keys_in_the_sdk_order()
    {
        var time = new ManualTimeProvider(Start);
        StepHandler Work(int milliseconds, Action<StepJobState> add) => (context, _) =>
        {
            time.Advance(TimeSpan.FromMilliseconds(milliseconds));
            add(context.JobState);
            return Task.CompletedTask;
        };

        StepDefinition[] steps =
        [
            new("fetch-accounts", "Fetch Accounts", [Account], [], [], Work(10, s => s.AddEntity(TestEntities.Account("account-0001", "demo_account")))),
            new("fetch-users", "Fetch Users", [User], [AccountHasUser], ["fetch-accounts"], Work(25, s =>
            {
                s.AddEntity(TestEntities.User("user-key-0001", "demo_user"));
                s.AddEntity(TestEntities.User("user-key-0002", "demo_user"));
                s.AddRelationship(AccountHasUser.Create("account-0001", "user-key-0001"));
                s.AddRelationship(AccountHasUser.Create("account-0001", "user-key-0002"));
            })),
            new("fetch-devices", "Fetch Devices", [Device], [], ["fetch-users"], Work(7, _ => throw new InvalidOperationException("boom"))),
            new("fetch-groups", "Fetch Groups", [Group], [], [], Work(1, _ => { })),
        ];
        var request = new RunRequest("instance-1", new IntegrationDefinition("demo", steps), new JobState(_directory.Path), new StepServices())
        {
            StartStates = new Dictionary<string, StepStartState> { ["fetch-groups"] = StepStartState.Skip("config") },
        };

        SummaryWriter.Write(_directory.Path, await new StepRunner(NullLogger.Instance, time).RunAsync(request, CancellationToken.None));

        Assert.Equal(
            """{"integrationStepResults":[""" +
            """{"id":"fetch-accounts","name":"Fetch Accounts","declaredTypes":["demo_account"],"partialTypes":[],"encounteredTypes":["demo_account"],"encounteredTypeCounts":{"demo_account":1},"status":"success","startTime":1714521600000,"endTime":1714521600010,"duration":10},""" +
            """{"id":"fetch-users","name":"Fetch Users","dependsOn":["fetch-accounts"],"declaredTypes":["demo_user","demo_account_has_user"],"partialTypes":[],"encounteredTypes":["demo_user","demo_account_has_user"],"encounteredTypeCounts":{"demo_user":2,"demo_account_has_user":2},"status":"success","startTime":1714521600010,"endTime":1714521600035,"duration":25},""" +
            """{"id":"fetch-devices","name":"Fetch Devices","dependsOn":["fetch-users"],"declaredTypes":["demo_device"],"partialTypes":["demo_device"],"encounteredTypes":[],"encounteredTypeCounts":{},"status":"failure","startTime":1714521600035,"endTime":1714521600042,"duration":7},""" +
            """{"id":"fetch-groups","name":"Fetch Groups","declaredTypes":["demo_group"],"partialTypes":[],"encounteredTypes":[],"encounteredTypeCounts":{},"status":"disabled"}""" +
            """],"metadata":{"partialDatasets":{"types":["demo_device"]}}}""",
            Summary());
    }

    private static RunResult OneStep(StepResult step) =>
        new("instance-1", "demo", Start, Start, [step], Cancelled: false);

    private static StepResult Step(string name = "Fetch Users", DateTimeOffset? start = null, DateTimeOffset? end = null) =>
        new("fetch-users", name, [], ["demo_user"], [], [], new Dictionary<string, long>(), StepStatus.Success, start ?? Start, end ?? Start);

    [Fact]
    public void Summary_duration_equals_end_time_minus_start_time()
    {
        SummaryWriter.Write(_directory.Path, OneStep(Step(start: Start.AddTicks(6_000), end: Start.AddTicks(14_000))));
        Assert.EndsWith("""
            "startTime":1714521600000,"endTime":1714521600001,"duration":1}],"metadata":{"partialDatasets":{"types":[]}}}
            """, Summary(), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_writes_text_as_JSON_stringify_does()
    {
        SummaryWriter.Write(_directory.Path, OneStep(Step(name: "Users & Groups <Zoë's>")));
        Assert.Contains("\"name\":\"Users & Groups <Zoë's>\"", Summary(), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_partial_types_list_each_type_once_in_step_order()
    {
        var partial = new StepResult("a", "A", [], ["t_one", "t_two"], ["t_two"], [], new Dictionary<string, long>(), StepStatus.Failure);
        var other = new StepResult("b", "B", ["a"], ["t_three", "t_two"], [], [], new Dictionary<string, long>(), StepStatus.PartialSuccessDueToDependencyFailure);
        var disabled = new StepResult("c", "C", [], ["t_four"], ["t_four"], [], new Dictionary<string, long>(), StepStatus.Disabled);
        SummaryWriter.Write(_directory.Path, new RunResult("i", "demo", Start, Start, [partial, other, disabled], false));
        Assert.EndsWith("""{"partialDatasets":{"types":["t_two","t_one","t_three"]}}}""", Summary(), StringComparison.Ordinal);
    }
}
