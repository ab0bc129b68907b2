namespace TenantGraph.Emulator.Serving;

/// <summary>
/// The state inside an opaque <c>$skiptoken</c> or <c>$deltatoken</c>: where the next page starts and,
/// for delta rounds, the version window (<see cref="FromVersion"/>, <see cref="ToVersion"/>].
/// </summary>
internal sealed record PageToken(string Kind, int Epoch, long IssuedUnixMs, long Position, long FromVersion, long ToVersion);
