namespace TenantGraph.Emulator;

/// <summary>How many objects one <see cref="EmulatorAdmin.Mutate"/> call added, changed and deleted.</summary>
public sealed record MutationSummary(int Added, int Changed, int Deleted);
