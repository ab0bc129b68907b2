namespace TenantGraph.Core.JobStates;

/// <summary>Where one object's JSON lies: which graph file, and its byte range there.</summary>
internal readonly record struct ObjectLocation(int FileId, int Offset, int Length);
