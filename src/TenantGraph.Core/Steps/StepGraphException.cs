namespace TenantGraph.Core.Steps;

/// <summary>The steps do not form a valid DAG (unknown dependency, cycle, duplicate id); nothing runs.</summary>
public sealed class StepGraphException(string message) : Exception(message);
