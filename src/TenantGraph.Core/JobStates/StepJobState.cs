using TenantGraph.Core.DataModel;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Core.JobStates;

/// <summary>
/// One step's view of the run's <see cref="JobState"/>: what it adds is validated, attributed to the step
/// and counted per <c>_type</c> for the run summary.
/// </summary>
public sealed class StepJobState
{
    private readonly JobState _state;
    private readonly string _stepId;
    private readonly object _countsLock = new();
    private readonly Dictionary<string, long> _typeCounts = new(StringComparer.Ordinal);
    private readonly List<string> _typeOrder = [];

    internal StepJobState(JobState state, string stepId)
    {
        _state = state;
        _stepId = stepId;
    }

    /// <summary>Types in first-seen order with their counts (the SDK's encounteredTypes and encounteredTypeCounts).</summary>
    public IReadOnlyList<KeyValuePair<string, long>> EncounteredTypes
    {
        get
        {
            lock (_countsLock)
            {
                return _typeOrder.Select(t => KeyValuePair.Create(t, _typeCounts[t])).ToArray();
            }
        }
    }

    public long ObjectCount
    {
        get
        {
            lock (_countsLock)
            {
                return _typeCounts.Values.Sum();
            }
        }
    }

    /// <summary>Adds an entity after checking it against every one of its classes.</summary>
    /// <exception cref="InvalidEntityException">The entity does not fit its classes.</exception>
    /// <exception cref="DuplicateKeyException">An object with the same key was already added in this run.</exception>
    public void AddEntity(Entity entity)
    {
        var errors = EntityValidator.Validate(entity);
        if (errors.Count > 0)
        {
            throw new InvalidEntityException(errors);
        }

        _state.AddEntity(_stepId, entity);
        Count(entity.Type);
    }

    public void AddEntities(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            AddEntity(entity);
        }
    }

    /// <exception cref="DuplicateKeyException">An object with the same key was already added in this run.</exception>
    public void AddRelationship(Relationship relationship)
    {
        _state.AddRelationship(_stepId, relationship);
        Count(relationship.Type);
    }

    public void AddRelationships(IEnumerable<Relationship> relationships)
    {
        foreach (var relationship in relationships)
        {
            AddRelationship(relationship);
        }
    }

    public bool HasKey(string key) => _state.HasKey(key);

    public Entity? FindEntity(string key) => _state.FindEntity(key);

    public IEnumerable<Entity> IterateEntities(string type) => _state.IterateEntities(type);

    public IEnumerable<Relationship> IterateRelationships(string type) => _state.IterateRelationships(type);

    public void SetData<T>(DataKey<T> key, T value)
        where T : notnull => _state.SetData(key, value);

    public bool TryGetData<T>(DataKey<T> key, out T value) => _state.TryGetData(key, out value);

    private void Count(string type)
    {
        lock (_countsLock)
        {
            if (_typeCounts.TryGetValue(type, out var count))
            {
                _typeCounts[type] = count + 1;
            }
            else
            {
                _typeCounts[type] = 1;
                _typeOrder.Add(type);
            }
        }
    }
}
