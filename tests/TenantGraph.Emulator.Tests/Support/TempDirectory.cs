namespace TenantGraph.Emulator.Tests.Support;

/// <summary>A fresh directory removed when the test ends.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("tenantgraph-emulator-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
