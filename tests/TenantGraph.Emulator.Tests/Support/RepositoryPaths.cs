using System.Runtime.CompilerServices;

namespace TenantGraph.Emulator.Tests.Support;

/// <summary>Finds files committed in the repository, starting from this source file (test output may live elsewhere).</summary>
internal static class RepositoryPaths
{
    public static string TestData(params string[] parts) => Path.Combine([Root(), "testdata", .. parts]);

    private static string Root([CallerFilePath] string sourceFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile) ?? ".");
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "testdata")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("No testdata folder above the test sources.");
    }
}
