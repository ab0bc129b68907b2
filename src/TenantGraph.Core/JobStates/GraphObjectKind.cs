namespace TenantGraph.Core.JobStates;

public enum GraphObjectKind
{
    Entity,
    Relationship,
}
