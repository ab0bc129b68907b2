namespace TenantGraph.Store;

/// <summary>A run was refused because another run of the same instance is still being written.</summary>
public sealed class StoreConcurrencyException : Exception
{
    public StoreConcurrencyException(string instance, long? runId, DateTimeOffset? startedOn)
        : base(runId is { } id
            ? $"instance {instance} is already being collected by run {id} started at {startedOn:O}; wait for it to finish or stop it"
            : $"instance {instance} is already being collected by another process; wait for it to finish or stop it")
    {
        Instance = instance;
        RunId = runId;
        StartedOn = startedOn;
    }

    public string Instance { get; }

    /// <summary>The run holding the instance; null when it had not recorded its row yet.</summary>
    public long? RunId { get; }

    public DateTimeOffset? StartedOn { get; }
}
