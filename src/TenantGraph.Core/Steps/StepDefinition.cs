using TenantGraph.Core.Metadata;

namespace TenantGraph.Core.Steps;

/// <summary>
/// A step: metadata (id, name, the types it produces, what it depends on and which permissions it needs)
/// plus the handler that reads, converts and adds to the job state. <c>document</c> reads only the metadata,
/// so it must be complete on its own.
/// </summary>
public sealed class StepDefinition
{
    public StepDefinition(string Id, string Name, IReadOnlyList<EntityMetadata> Entities,
        IReadOnlyList<RelationshipMetadata> Relationships, IReadOnlyList<string> DependsOn, StepHandler Handler,
        IReadOnlyList<string>? Permissions = null, IReadOnlyList<MappedRelationshipMetadata>? MappedRelationships = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(Id);
        ArgumentException.ThrowIfNullOrEmpty(Name);
        this.Id = Id;
        this.Name = Name;
        this.Entities = Entities;
        this.Relationships = Relationships;
        this.DependsOn = DependsOn;
        this.Handler = Handler;
        this.Permissions = Permissions ?? [];
        this.MappedRelationships = MappedRelationships ?? [];
    }

    public string Id { get; }

    public string Name { get; }

    public IReadOnlyList<EntityMetadata> Entities { get; }

    public IReadOnlyList<RelationshipMetadata> Relationships { get; }

    public IReadOnlyList<MappedRelationshipMetadata> MappedRelationships { get; }

    public IReadOnlyList<string> DependsOn { get; }

    /// <summary>The permissions (Graph application permissions, Defender roles, ARM actions) the step's calls need.</summary>
    public IReadOnlyList<string> Permissions { get; }

    public StepHandler Handler { get; }

    /// <summary>Every <c>_type</c> the step declares: entities, relationships, then mapped relationships (the SDK's order).</summary>
    public IReadOnlyList<string> DeclaredTypes =>
        [.. Entities.Select(e => e.Type), .. Relationships.Select(r => r.Type), .. MappedRelationships.Select(m => m.Type)];

    /// <summary>Declared types that are always partial (the SDK's <c>partial: true</c>).</summary>
    public IReadOnlyList<string> AlwaysPartialTypes =>
        [.. Entities.Where(e => e.Partial).Select(e => e.Type), .. Relationships.Where(r => r.Partial).Select(r => r.Type),
            .. MappedRelationships.Where(m => m.Partial).Select(m => m.Type)];
}

/// <summary>Reads from the provider, converts, and adds to the step's job state.</summary>
public delegate Task StepHandler(StepContext context, CancellationToken cancellationToken);
