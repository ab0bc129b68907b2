namespace TenantGraph.Core.Steps;

/// <summary>
/// The steps of an integration as a DAG, checked when built: ids unique, every dependency known, no cycle.
/// Gives the SDK's topological order (sdk-spec §1.5): from the steps nothing depends on, in declaration
/// order, a depth-first post-order walk of dependencies, so each step follows its dependencies and
/// independent steps keep their declaration order.
/// </summary>
public sealed class DependencyGraph
{
    private readonly Dictionary<string, StepDefinition> _steps;
    private readonly Dictionary<string, IReadOnlySet<string>> _ancestors = new(StringComparer.Ordinal);

    public DependencyGraph(IReadOnlyList<StepDefinition> steps)
    {
        _steps = new Dictionary<string, StepDefinition>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (!_steps.TryAdd(step.Id, step))
            {
                throw new StepGraphException($"Step id '{step.Id}' is declared twice.");
            }
        }

        foreach (var step in steps)
        {
            foreach (var dependency in step.DependsOn.Where(d => !_steps.ContainsKey(d)))
            {
                throw new StepGraphException($"Step '{step.Id}' depends on '{dependency}', which is not a step of this integration.");
            }
        }

        var acyclic = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            FindCycle(step.Id, [], acyclic);
        }

        Order = TopologicalOrder(steps);
    }

    /// <summary>Every step, dependencies first.</summary>
    public IReadOnlyList<StepDefinition> Order { get; }

    /// <summary>Every step the given one depends on, directly or not.</summary>
    public IReadOnlySet<string> AncestorsOf(string stepId)
    {
        if (_ancestors.TryGetValue(stepId, out var known))
        {
            return known;
        }

        var ancestors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dependency in _steps[stepId].DependsOn)
        {
            ancestors.Add(dependency);
            ancestors.UnionWith(AncestorsOf(dependency));
        }

        _ancestors[stepId] = ancestors;
        return ancestors;
    }

    private void FindCycle(string stepId, List<string> path, HashSet<string> done)
    {
        var at = path.IndexOf(stepId);
        if (at >= 0)
        {
            throw new StepGraphException($"Dependency cycle found: {string.Join(" -> ", path.Skip(at).Append(stepId))}");
        }

        if (done.Contains(stepId))
        {
            return;
        }

        path.Add(stepId);
        foreach (var dependency in _steps[stepId].DependsOn)
        {
            FindCycle(dependency, path, done);
        }

        path.RemoveAt(path.Count - 1);
        done.Add(stepId);
    }

    private StepDefinition[] TopologicalOrder(IReadOnlyList<StepDefinition> steps)
    {
        var dependedOn = steps.SelectMany(s => s.DependsOn).ToHashSet(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<StepDefinition>(steps.Count);
        foreach (var entry in steps.Where(s => !dependedOn.Contains(s.Id)))
        {
            Visit(entry.Id);
        }

        return [.. order];

        void Visit(string id)
        {
            if (!visited.Add(id))
            {
                return;
            }

            foreach (var dependency in _steps[id].DependsOn)
            {
                Visit(dependency);
            }

            order.Add(_steps[id]);
        }
    }
}
