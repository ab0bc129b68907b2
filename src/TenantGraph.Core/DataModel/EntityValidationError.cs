using TenantGraph.Core.Graph;

namespace TenantGraph.Core.DataModel;

/// <summary>One reason an entity does not fit a class.</summary>
public sealed record EntityValidationError(string EntityKey, string EntityType, string ClassName, string Property, string Problem)
{
    public EntityValidationError(Entity entity, string className, string property, string problem)
        : this(entity.Key, entity.Type, className, property, problem)
    {
    }

    public override string ToString() =>
        $"entity {EntityKey} ({EntityType}) is not a valid {ClassName}: property '{Property}' {Problem}";
}
