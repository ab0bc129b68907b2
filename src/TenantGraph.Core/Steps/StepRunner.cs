using Microsoft.Extensions.Logging;
using TenantGraph.Core.Errors;
using TenantGraph.Core.JobStates;

namespace TenantGraph.Core.Steps;

/// <summary>
/// Runs an integration's steps as a DAG with the SDK's semantics (sdk-spec §1.4–1.6): independent steps run in
/// parallel; a failed step marks its types partial and its dependents still run, ending partial; a disabled
/// step and everything depending on it are skipped; an invalid graph is refused before anything runs.
/// Cancellation stops steps not yet started and keeps everything that finished. An authentication failure is
/// fatal, as in the SDK: the other steps are stopped and it is rethrown, since nothing more can be collected.
/// </summary>
public sealed class StepRunner(ILogger logger, TimeProvider time)
{
    /// <exception cref="StepGraphException">The steps or start states do not form a valid DAG.</exception>
    public async Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var graph = new DependencyGraph(request.Integration.Steps);
        var unknown = request.StartStates.Keys.Where(id => request.Integration.Steps.All(s => s.Id != id)).ToArray();
        if (unknown.Length > 0)
        {
            throw new StepGraphException($"Unknown steps found in start states: {string.Join(", ", unknown.Select(u => $"\"{u}\""))}");
        }

        var startedOn = time.GetUtcNow();
        var disabled = DisabledSteps(graph, request.StartStates);
        var results = new Dictionary<string, Task<StepResult>>(StringComparer.Ordinal);
        using var slots = new SemaphoreSlim(request.MaxConcurrency);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var fatal = new FatalError(run);
        foreach (var step in graph.Order)
        {
            results[step.Id] = disabled.TryGetValue(step.Id, out var reason)
                ? Task.FromResult(Skip(step, reason))
                : RunWhenReadyAsync(step, graph, results, slots, request, fatal, run.Token);
        }

        var ordered = new List<StepResult>(graph.Order.Count);
        foreach (var step in graph.Order)
        {
            ordered.Add(await results[step.Id]);
        }

        fatal.ThrowIfSet();

        return new RunResult(request.Instance, request.Integration.Name, startedOn, time.GetUtcNow(), ordered,
            cancellationToken.IsCancellationRequested);
    }

    private Dictionary<string, string> DisabledSteps(DependencyGraph graph, IReadOnlyDictionary<string, StepStartState> states)
    {
        var disabled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var step in graph.Order)
        {
            if (states.TryGetValue(step.Id, out var state) && state.Disabled)
            {
                disabled[step.Id] = state.Reason ?? "disabled";
            }
            else if (graph.AncestorsOf(step.Id).FirstOrDefault(disabled.ContainsKey) is { } parent)
            {
                disabled[step.Id] = $"depends on disabled step {parent}";
            }
            else
            {
                continue;
            }

            Log.StepSkipped(logger, step.Id, disabled[step.Id]);
        }

        return disabled;
    }

    private async Task<StepResult> RunWhenReadyAsync(StepDefinition step, DependencyGraph graph,
        Dictionary<string, Task<StepResult>> results, SemaphoreSlim slots, RunRequest request, FatalError fatal,
        CancellationToken cancellationToken)
    {
        // Ancestors come earlier in topological order, so their tasks exist already; a step whose ancestor
        // failed still runs, and ends partial.
        var ancestors = await Task.WhenAll(graph.AncestorsOf(step.Id).Select(a => results[a]));
        var dependencyFailed = ancestors.Any(r => r.Status is StepStatus.Failure or StepStatus.PartialSuccessDueToDependencyFailure);
        try
        {
            await slots.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return Cancelled(step);
        }

        try
        {
            return await RunStepAsync(step, dependencyFailed, request, fatal, cancellationToken);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task<StepResult> RunStepAsync(StepDefinition step, bool dependencyFailed, RunRequest request,
        FatalError fatal, CancellationToken cancellationToken)
    {
        var stepState = new StepJobState(request.JobState, step.Id);
        var metrics = new RequestMetrics(request.Metrics);
        var progress = request.Progress?.Track(step.Id, step.Name, () => stepState.ObjectCount, metrics);
        var context = new StepContext(step.Id, request.Instance, stepState, logger, request.Services, time);
        var start = time.GetUtcNow();
        Log.StepStarted(logger, step.Id);
        StepStatus status;
        string? error = null;
        MissingPermission? missing = null;
        using (logger.BeginScope(new Dictionary<string, object> { ["StepId"] = step.Id, ["Instance"] = request.Instance }))
        {
            try
            {
                using (metrics.Activate())
                {
                    await Task.Run(() => step.Handler(context, cancellationToken), cancellationToken);
                }

                status = dependencyFailed ? StepStatus.PartialSuccessDueToDependencyFailure : StepStatus.Success;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Log.StepCancelled(logger, step.Id);
                status = StepStatus.Failure;
                error = "cancelled";
            }
            catch (ProviderAuthenticationException e)
            {
                status = StepStatus.Failure;
                error = e.Message;
                fatal.Set(e);
            }
            catch (ProviderAuthorizationException e)
            {
                status = StepStatus.Failure;
                var permission = e.RequiredPermission ?? string.Join(", ", step.Permissions);
                missing = new MissingPermission(step.Id, e.Path, permission);
                error = e.Message;
                Log.MissingPermission(logger, step.Id, e.Path, permission, string.Join(", ", step.DeclaredTypes));
            }
            catch (Exception e)
            {
                status = StepStatus.Failure;
                error = e.Message;
                Log.StepFailed(logger, step.Id, e.Message, string.Join(", ", step.DeclaredTypes));
                Log.StepFailureDetail(logger, step.Id, e);
            }
            finally
            {
                request.JobState.FlushStep(step.Id);
            }
        }

        var encountered = stepState.EncounteredTypes;
        var undeclared = encountered.Select(t => t.Key).Except(step.DeclaredTypes, StringComparer.Ordinal).ToArray();
        if (undeclared.Length > 0)
        {
            Log.UndeclaredTypes(logger, step.Id, string.Join(", ", undeclared));
        }

        var end = time.GetUtcNow();
        if (status != StepStatus.Failure)
        {
            Log.StepSucceeded(logger, step.Id, status.ToWire(), stepState.ObjectCount, end - start);
        }

        progress?.Status = status.ToWire();
        return new StepResult(step.Id, step.Name, step.DependsOn, step.DeclaredTypes, step.AlwaysPartialTypes,
            encountered.Select(t => t.Key).ToArray(), encountered.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal),
            status, start, end)
        {
            Error = error,
            MissingPermissions = missing is null ? [] : [missing],
            Requests = metrics.Requests,
        };
    }

    private static StepResult Skip(StepDefinition step, string reason) =>
        new(step.Id, step.Name, step.DependsOn, step.DeclaredTypes, step.AlwaysPartialTypes, [],
            new Dictionary<string, long>(), StepStatus.Disabled) { DisabledReason = reason };

    private static StepResult Cancelled(StepDefinition step) =>
        new(step.Id, step.Name, step.DependsOn, step.DeclaredTypes, step.AlwaysPartialTypes, [],
            new Dictionary<string, long>(), StepStatus.Failure) { Error = "cancelled before it started" };

    /// <summary>The first fatal error of a run; setting it stops the other steps.</summary>
    private sealed class FatalError(CancellationTokenSource run)
    {
        private Exception? _error;

        public void Set(Exception error)
        {
            if (Interlocked.CompareExchange(ref _error, error, null) is null)
            {
                run.Cancel();
            }
        }

        public void ThrowIfSet()
        {
            if (_error is { } error)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            }
        }
    }
}
