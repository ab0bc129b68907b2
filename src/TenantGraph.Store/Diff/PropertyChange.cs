namespace TenantGraph.Store.Diff;

/// <summary>
/// One property of an updated object: null <see cref="Before"/> means added, null <see cref="After"/> removed.
/// Reserved fields appear under their JupiterOne names (<c>_class</c>, <c>_fromEntityKey</c>, <c>_rawData</c>…).
/// </summary>
public sealed record PropertyChange(string Name, object? Before, object? After);
